// Starts the request form's WebAssembly view (the portal crate), which
// replaces the plain HTML form with the same questions one step at a time.
// If the browser cannot run it, or anything fails, the plain form stays and
// works as it does without JavaScript.
const app = document.getElementById("request-app");
if (app && typeof WebAssembly === "object") {
  import(app.dataset.glue)
    .then((glue) => glue.default({ module_or_path: app.dataset.wasm }))
    .catch(() => {});
}
