// Package github is the code-host edge for project-health scans: it reads what the
// checks need of an organisation's repositories from GitHub's REST API (or a GitHub
// Enterprise server's) through go-github.
//
// Invariants:
//   - Every GET is conditional once its answer is known: the ETag and body of each
//     answer are kept (Cache), sent back as If-None-Match, and a 304 is answered from the
//     kept body. GitHub does not count a 304 against the rate limit, so a rescan of
//     unchanged repositories costs almost no quota.
//   - An exhausted rate limit stops at once with a bot.RetryAfter error saying when the
//     limit resets; nothing is retried in a loop, and no request is sent before then.
//   - Lists are read page by page, following the Link header.
//
// It imports bot and go-github only: the engine sees it through workflows.CodeHost and
// it never writes the store. The token comes from the caller (OSPOBOT_GITHUB_TOKEN) and
// is never logged.
package github
