package bot

import "time"

// Project is a repository on a code host, as a project-health scan sees it. A code-host
// adapter makes it; the engine reads it and stores only what it derives.
type Project struct {
	Name          string // "owner/name"
	URL           string // the repository's web page
	DefaultBranch string
	Archived      bool
	Created       time.Time
	// Pushed is the last push to any branch (zero when unknown): while it stays the
	// same, the files and commits of the default branch have not changed.
	Pushed time.Time
}

// OpenItem is an open issue or pull request, with whether anyone but its author has
// answered it yet (a comment or, for a pull request, a review).
type OpenItem struct {
	Number      int
	PullRequest bool
	Title       string
	URL         string
	Author      string
	Created     time.Time
	Responded   bool
}
