// The search page's script: shows the search box and drives Pagefind's
// JavaScript API (the index of the page's language, built by the generator,
// with its shards merged)
// with the portal's own strings, which the page carries in data attributes.
// Without JavaScript the box stays hidden and the A–Z index below serves.
// Results are built as DOM nodes; only Pagefind's <mark> around the matched
// words is kept from its excerpts.

const root = document.getElementById("search");
const PAGE = 10;

if (root) {
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-input");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const text = (name, values = {}) =>
    Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), root.dataset[name] ?? "");
  let pagefind = null;
  let current = 0;

  const load = async () => {
    if (!pagefind) {
      const options = { baseUrl: "/", excerptLength: 24 };
      pagefind = await import(`${root.dataset.bundle}pagefind.js`);
      await pagefind.options(options);
      await pagefind.init();
      // A language with many pages has its index in shards (one folder
      // each below the bundle): searched together as one.
      const shards = (root.dataset.shards ?? "").split(" ").filter(Boolean);
      await Promise.all(
        shards.map((dir) => pagefind.mergeIndex(`${root.dataset.bundle}${dir}`, options)),
      );
    }
    return pagefind;
  };

  // "a <mark>b</mark> c" as text nodes and <mark> elements, nothing else.
  // A detached <textarea> decodes the entities of each part as plain text.
  const decoder = document.createElement("textarea");
  const excerpt = (html) => {
    const p = document.createElement("p");
    const parts = html.split(/<mark>|<\/mark>/);
    parts.forEach((part, i) => {
      decoder.innerHTML = part;
      const decoded = decoder.value;
      if (i % 2) {
        const mark = document.createElement("mark");
        mark.textContent = decoded;
        p.append(mark);
      } else {
        p.append(decoded);
      }
    });
    return p;
  };

  const show = async (results, from) => {
    const page = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
    for (const data of page) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = data.url;
      link.textContent = data.meta?.title ?? data.url;
      const heading = document.createElement("h2");
      heading.append(link);
      item.append(heading, excerpt(data.excerpt ?? ""));
      list.append(item);
    }
    list.querySelector(".search-more")?.remove();
    if (from + PAGE < results.length) {
      const more = document.createElement("li");
      more.className = "search-more";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button secondary";
      button.textContent = text("more");
      button.addEventListener("click", async () => {
        const first = list.children.length - 1;
        await show(results, from + PAGE);
        list.children[first]?.querySelector("a")?.focus();
      });
      more.append(button);
      list.append(more);
    }
  };

  const run = async (terms) => {
    const query = ++current;
    list.replaceChildren();
    if (!terms.trim()) {
      status.textContent = "";
      return;
    }
    status.textContent = text("searching");
    try {
      const search = await (await load()).search(terms);
      if (query !== current) return;
      const results = search?.results ?? [];
      status.textContent = results.length
        ? text("count", { count: String(results.length), terms })
        : text("none", { terms });
      await show(results, 0);
    } catch {
      status.textContent = text("unavailable");
    }
  };

  // Typing searches after a pause; Enter searches at once. The same words
  // are not searched twice in a row.
  let timer;
  let last = null;
  const search = () => {
    clearTimeout(timer);
    if (input.value === last) return;
    last = input.value;
    run(input.value);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  root.hidden = false;
}
