# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI transparency portal
site-subtitle = Internal Market Information System
skip-link = Skip to main content
nav-label = Main menu
language-label = Language
language-list-label = Choose a language
breadcrumb-label = You are here
home = Home
toc-label = On this page

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = This page is not yet available in your language. It is shown in English.
fallback-versions = This page is available in:

# Shown on a page whose text was machine-translated.
machine-translation-notice = This text was translated by machine and has not been checked by a translator. Where it is unclear, the English version is authoritative.
machine-translation-original = Read the English version

section-pages =
    { $count ->
        [one] This section has { $count } page.
       *[other] This section has { $count } pages.
    }

footer-purpose = This portal publishes what Article 18(2) of Regulation (EU) No 1024/2012 requires the European Commission to make easily accessible about the Internal Market Information System (IMI).
footer-privacy = This site sets no cookies, keeps nothing in your browser and loads nothing from other sites.
footer-feed = Updates (Atom feed)
feed-title = IMI transparency portal: updates
feed-author = European Commission

choose-language = Choose your language

not-found-title = Page not found
not-found-text = There is no page at this address. If you typed it, check it for mistakes; if you followed a link, the page may have moved.
not-found-home = Go to the home page

acts-caption = Legal acts regarding IMI
act-column-act = Act
act-column-date = Adopted
act-column-oj = Official Journal
act-column-status = Status
act-status-in-force = In force
act-status-repealed = Repealed
act-status-pending = Proposed
act-unverified = To be verified against the Official Journal

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = This consolidated text is a documentation tool only and has no legal effect. The authentic versions of the acts are those published in the Official Journal of the European Union.
annex-current-version = Current version, applicable from { $date }.
annex-version-title = The Annex as applicable from { $date }
annex-version-description = The Annex of Regulation (EU) No 1024/2012 as it applied from { $date }, with the changes made on that date.
annex-timeline-title = History of the Annex
annex-timeline-description = Every version of the Annex of Regulation (EU) No 1024/2012 since { $date }, and what changed in each.
annex-amended-by = Amended by
annex-column-act = Act
annex-column-oj-number = Official Journal No
annex-column-page = Page
annex-column-date = Date
annex-original = Original text
annex-original-version = This is the Annex as originally published.
annex-changes-title = Changes from the previous version
annex-previous = Previous version: { $date }
annex-next = Next version: { $date }
annex-versions-nav = Versions of the Annex
annex-view-current = Read the current version
annex-view-timeline = All versions and what changed
annex-op-insert = Point { $point } inserted by { $act }
annex-op-replace = Point { $point } replaced by { $act }
annex-op-replace-provisions = Provisions cited in point { $point } replaced by { $act }
annex-op-delete = Point { $point } deleted by { $act }
annex-change-inserted = Point { $point } inserted
annex-change-deleted = Point { $point } deleted
annex-change-changed = Point { $point } changed
annex-inserted-text = inserted text:
annex-deleted-text = deleted text:
annex-unverified = The wording of this point is to be verified against the Official Journal.
annex-point-fallback = This point is not available in your language.
annex-marker = Last amended by { $m }
annex-feed-title = Annex of the IMI Regulation: changes
annex-feed-link = Changes to the Annex (Atom feed)
annex-data-link = Every version as open data (JSON)
annex-upcoming-version = Applies from { $date }, not yet in force.
annex-upcoming-notice = A new version of the Annex has been published. It applies from { $date }; until then, the version below is the one in force.
annex-view-upcoming = Read the version that applies from { $date }
annex-superseded = This version no longer applies: the next version applies from { $date }.
annex-point-deleted = Deleted.
annex-note = Note:
annex-status-upcoming = Not yet in force

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Country
states-column-authority = National supervisory authority
states-column-website = Website
states-authority-unverified = To be verified
states-authorities-caption = National supervisory authorities
exceptions-caption = Exceptions and limitations notified under Article 20
exceptions-column-published = Exceptions and limitations
exceptions-none = None published
exceptions-national-report = Report of a national authority on what was notified

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = How information flows
procedure-pattern-one-to-one = Between two authorities
procedure-pattern-one-to-many = From one authority to many
procedure-pattern-repository = Kept for other authorities to consult
procedure-examples = Examples
procedure-data = Personal data processed
procedure-access = Who may see them
procedure-retention = How long they are kept
procedure-acts = Legal acts
procedure-source = Sources

# Views of the acts table: filters by type, status and year.
acts-view-title = Acts regarding IMI: { $filter }
acts-filter-label = Filter the acts
acts-filter-all = All acts
acts-filter-type = By type
acts-filter-status = By status
acts-filter-year = By year of adoption
acts-kind-regulation = Regulations
acts-kind-directive = Directives
acts-kind-decision = Decisions
acts-kind-implementing-regulation = Implementing regulations
acts-kind-implementing-decision = Implementing decisions
acts-kind-recommendation = Recommendations
acts-kind-proposal = Proposals
acts-count =
    { $count ->
        [one] { $count } act, newest first.
       *[other] { $count } acts, newest first.
    }

# What's new: the kind of each entry.
news-kind-act = Legal act
news-kind-annex = Consolidated Annex

# Shown on every page with the date of its last substantive change.
updated-label = Last updated

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Search this portal
search-button = Search
search-searching = Searching…
search-count = Results for “{ $terms }”: { $count }
search-none = No page matches “{ $terms }”. Try other words, or use the index from A to Z below.
search-unavailable = Search is not available right now. Use the index from A to Z below.
search-more = Show more results
search-az-title = All pages from A to Z
search-az-letters = Letters

# The page of facts still to be verified.
unverified-title = Facts still to be verified
unverified-description = Every fact on this portal that is not yet confirmed in a public source, and what remains to check.
unverified-intro = This portal marks a fact as verified only once it has been read in a public source, which it cites. The facts below are not yet confirmed in that way; each says what remains to check. The list is generated from the portal's data, so it shrinks as facts are verified.
unverified-count = Facts still to be verified: { $count }
unverified-area-annex = Consolidated Annex
unverified-area-acts = Acts regarding IMI
unverified-area-states = Member States and supervisory authorities
unverified-area-procedures = Procedures
unverified-column-fact = Fact
unverified-column-check = What remains to check
unverified-none = Every fact in this part is verified.
unverified-link = Facts still to be verified

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Requests received through this portal
stats-description = How many requests for access, correction and deletion this portal received, per month, country, kind and outcome.
stats-intro = These counts come from the service that receives the requests sent with this portal's form. They contain no personal data: nothing finer than a month, and no count under { $threshold }.
stats-in-time-note = “Answered in time” means answered by the indicative date given to the requester: 30 days after receipt for correction and deletion, one month for access and contesting blocked data.
stats-generated = Counted on { $date }.
stats-suppressed = Counts under { $threshold } are not shown, so that no one can be singled out; the totals add up only what is shown.
stats-none = No count is large enough to be shown yet.
stats-chart-title = Requests per month, by outcome
stats-chart-desc = One bar per month, divided by outcome. The same figures are in the table below.
stats-by-month = Per month
stats-by-state = Per country
stats-by-kind = Per kind of request
stats-column-month = Month
stats-column-state = Country
stats-column-kind = Kind of request
stats-column-total = Total
stats-outcome-answered-in-time = Answered in time
stats-outcome-answered-late = Answered late
stats-outcome-rejected = Rejected
stats-outcome-open = Open
stats-data-link = These statistics as open data (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Audit log of the request service
audit-description = Signed checkpoints of the request service's audit log, and how to check that the log has not been rewritten since.
audit-intro = The service that receives the requests sent with this portal's form records every request it receives and every action of its operators in an audit log, in which each entry's fingerprint covers the one before. From time to time the log's latest entry is signed with a key kept offline and published here. Anyone who later examines the log, for example a supervisory authority, can then show that it still holds these entries unchanged.
audit-public-key = The public key of the signatures
audit-checkpoints = Checkpoints, newest first
audit-column-time = Date
audit-column-seq = Entry
audit-column-hash = Fingerprint of the entry (SHA-256)
audit-column-signature = Signature (Ed25519)
audit-how-title = How to check
audit-how-signature = Check that every signature is valid for the public key above:
audit-how-log = On the service's log, check that it still holds the entry of a checkpoint with the same fingerprint:
audit-data-link = These checkpoints as open data (JSON)
