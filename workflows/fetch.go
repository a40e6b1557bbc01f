package workflows

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows/license"
)

// Licence files read from code hosts: for `license URL`, and for a question that names a
// repository instead of a licence. The fetcher (LicenseFetcher) is the network edge; it
// reads only from the hosts the config allows.

// repositoryURLRE finds the address of a repository on a code host whose licence file
// the fetcher reads at the root: "https://github.com/sharkdp/fd", "gitlab.com/group/sub/project".
var repositoryURLRE = regexp.MustCompile(`(?i)\b(?:https?://)?(?:www\.)?(github\.com|gitlab\.com)/([\w.-]+(?:/[\w.-]+)+)`)

// repositoryIn is the first repository address in text, as the fetcher takes it
// (https, a GitHub repository's owner and name only, a GitLab project without its
// "/-/" pages), or "".
func repositoryIn(text string) string {
	m := repositoryURLRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	host, parts := strings.ToLower(m[1]), strings.Split(strings.TrimRight(m[2], "./"), "/")
	if host == "github.com" {
		if len(parts) < 2 {
			return ""
		}
		parts = parts[:2]
	}
	if i := slices.Index(parts, "-"); i >= 0 {
		parts = parts[:i]
	}
	if len(parts) < 2 {
		return ""
	}
	return "https://" + host + "/" + strings.TrimSuffix(strings.Join(parts, "/"), ".git")
}

// hostAllower is a fetcher that tells which addresses it may read.
type hostAllower interface{ Allows(url string) bool }

// fetcherAllows tells whether f reads url; a fetcher that cannot tell is asked anyway.
func fetcherAllows(f LicenseFetcher, url string) bool {
	a, ok := f.(hostAllower)
	return !ok || a.Allows(url)
}

// errLicenceFileTooLarge: a fetched licence file is over limits.max_file.
var errLicenceFileTooLarge = errors.New("the licence file is larger than the limit")

// fetchLicenseFile reads the licence file at url (a repository's, at its root, or the
// file itself) from an allowed code host and identifies it.
func (e *Engine) fetchLicenseFile(ctx context.Context, url string) (license.Result, error) {
	name, data, err := e.fetcher.FetchLicense(ctx, url)
	if err != nil {
		e.log.DebugContext(ctx, "licence fetch failed", "url", url, "err", err)
		return license.Result{}, err
	}
	if int64(len(data)) > e.limits.MaxFileBytes {
		return license.Result{}, errLicenceFileTooLarge
	}
	r := license.Identify(name, data)
	r.Name = url + " (" + name + ")"
	return r, nil
}

// fetchRepository reads and identifies the licence file at the root of the repository
// at url, for a question that names the repository instead of a licence.
func (e *Engine) fetchRepository(ctx context.Context, url string) (*moduleAnswer, error) {
	r, err := e.fetchLicenseFile(ctx, url)
	if err != nil {
		return nil, Errorf("I could not read a licence file in %s: %v. Without one its authors keep all rights; ask them, or name the licence if you know it.", bot.Printable(url, 200), err)
	}
	a := &moduleAnswer{module: url, what: "repository", files: []identified{{result: r}}}
	a.expr, _ = license.LicenseOf([]license.Result{r})
	return a, nil
}
