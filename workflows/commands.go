package workflows

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// builtins is the command table. Help is generated from it, so every command here is
// listed by "help".
func (e *Engine) builtins() []command {
	return append([]command{
		{spec: bot.CommandSpec{
			Name: "help", Args: "[COMMAND]",
			Summary: "List what I understand, or explain one command.",
			Example: "help identify",
		}, run: func(w *work) error { return nil }}, // answered by the router
		{spec: bot.CommandSpec{
			Name: "identify", Topic: "Licences", Aliases: []string{"id", "scan"}, Args: "[TEXT]",
			Summary: "Identify the licences in a text: paste it after the word, or upload a file.",
			Help: "I report each licence found with its SPDX ID, how much of the text it covers and where, " +
				"and say whether it is identified, probable (with the doubt) or unknown. SPDX-License-Identifier lines count. " +
				"A pasted text of several lines is identified even without the word. An uploaded archive (zip, tar.gz), SBOM " +
				"(SPDX JSON or tag-value, CycloneDX JSON or XML), package.json, package-lock.json or go.mod is scanned instead " +
				"(a go.mod's modules are read at the Go module proxy unless the archive holds their vendor/ directory): " +
				"one line per component with its verdict, problems first; say the use with the upload (\"for our SaaS\") or pick it from the buttons.",
			Example: "identify SPDX-License-Identifier: Apache-2.0 OR MIT",
			Files:   true,
		}, prepare: prepareIdentify, run: runIdentify},
		{spec: bot.CommandSpec{
			Name: "ask", Topic: "Licences", Aliases: []string{"can", "may", "is", "are", "should", "could", "does", "do", "what", "which", "how", "tell", "explain", "check", "compatible"},
			Args:    "QUESTION",
			Summary: "Ask a licence question in plain words; I answer from the organisation's licence policy.",
			Help: "Name the licence (SPDX ID, expression or a common name such as GPLv2, Apache 2 or new BSD) and how it will be used " +
				"(internal, distributed, SaaS, mobile app, modified, statically or dynamically linked). I answer with a verdict, the obligations, " +
				"the reason and the policy link, and ask when the use is missing; a loosely named licence (GPL, BSD) is answered with how I read it. " +
				"\"is X compatible with Y?\" and \"can I combine X, Y and Z?\" answer from the OSADL matrix. " +
				"\"what does MPL-2.0 require?\" or \"is BUSL-1.1 open source?\" describes the licence for every use (as `policy MPL-2.0` does), " +
				"and \"which licences need approval for SaaS?\" answers from the policy's categories; " +
				"\"what licence does golang.org/x/text use?\" reads that Go module's licence files (as `license MODULE` does). " +
				"Questions starting with can, may, is, what, how …, ending in \"?\", or starting with a licence's name need no \"ask\".",
			Example: "can we use an AGPL library in our SaaS?",
		}, prepare: prepareAsk, run: runAsk},
		{spec: bot.CommandSpec{
			Name: "policy", Topic: "Licences", Args: "[LICENSE] [USE]",
			Summary: "Show the licence policy: all of it, one licence for every use, or one use for every category.",
			Help: "Alone, every category of the policy with its licences and its verdict for each use. With a licence " +
				"(`policy MPL-2.0`): its name, whether the Open Source Initiative approved it, its category, the verdict for each use, " +
				"the obligations and a link to its text. With a use (`policy saas`; uses: " + strings.Join(config.Uses, ", ") +
				"): which categories are allowed, need approval or are not allowed for it. With both: the verdict. " +
				"Questions such as \"what does MPL-2.0 require?\", \"is BUSL-1.1 open source?\" or \"which licences need approval?\" get the same answers.",
			Example:  "policy MPL-2.0",
			MaxWords: 4, // "policy GPL-2.0-only WITH Classpath-exception-2.0 distribute"
		}, run: runPolicy},
		{spec: bot.CommandSpec{
			Name: "license", Topic: "Licences", Aliases: []string{"licence", "repo", "module"}, Args: "URL|MODULE[@VERSION]",
			Summary: "Fetch the licence file of a repository or a Go module and identify it.",
			Help: "Give a repository URL (GitHub, GitLab) or the URL of a licence file, on a host the configuration allows " +
				"(fetch.allowed_hosts): I fetch the licence file at the root of the default branch, with a time limit, and identify it. " +
				"Or give a Go module path, with a version or for its latest (golang.org/x/mod@v0.43.0, github.com/spf13/cobra): " +
				"I read the licence files at the root of the module at the Go module proxy (fetch.go_proxy).",
			Example:  "license https://github.com/etcd-io/bbolt",
			MaxWords: 1,
		}, prepare: prepareFetch, run: runIdentify},
		{spec: bot.CommandSpec{
			Name: "use", Topic: "Licences", Args: "USE LICENSE | USE scan N",
			Summary: "The policy's verdict on a licence for one use, or an uploaded scan checked for one use.",
			Help: "What the use buttons under a question or a scan report do, typed: the uses are " + strings.Join(config.Uses, ", ") +
				". `use saas MPL-2.0` answers for one licence; `use distribute scan 3` checks the third uploaded scan.",
			Example: "use saas MPL-2.0",
		}, run: runUse},
		{spec: bot.CommandSpec{
			Name: "more", Topic: "Licences", Args: "scan N USE FROM",
			Summary: "The next page of a scan report, as its \"Show the next\" button gives it.",
			Example: "more scan 3 distribute 15",
		}, run: runMore},
		{spec: bot.CommandSpec{
			Name: "version", Aliases: []string{"about"},
			Summary: "Say which ospobot this is.",
			Example: "version",
		}, run: func(w *work) error {
			return w.reply(bot.Text("ospobot " + w.e.version))
		}},
	}, e.approvalCommands()...)
}

// identified is the prepared result for one input: a licence identification, or a
// scan of an archive, SBOM or manifest.
type identified struct {
	result license.Result
	scan   *license.Scan
	err    error // the input could not be scanned (malformed, beyond limits)
	name   string
	// modules are the module licences the proxy gave for scan, to keep.
	modules map[string]moduleLicense
}

func inputsOf(c bot.Call) []bot.Input {
	if len(c.Inputs) == 0 && c.Rest != "" {
		return []bot.Input{{Data: []byte(c.Rest)}}
	}
	return c.Inputs
}

func prepareIdentify(ctx context.Context, e *Engine, c bot.Call) (any, error) {
	inputs := inputsOf(c)
	if len(inputs) == 0 || (len(inputs) == 1 && len(bytes.TrimSpace(inputs[0].Data)) == 0) {
		return nil, Errorf("Paste the text after `identify`, or upload a file, and I will identify its licences.")
	}
	out := make([]identified, 0, len(inputs))
	for _, in := range inputs {
		if in.Name != "" && license.IsScannable(in.Name, in.Data) {
			s, found, err := e.scanner(c).Scan(ctx, ScanInput{Name: in.Name, Data: in.Data})
			out = append(out, identified{scan: s, err: err, name: in.Name, modules: found})
			continue
		}
		out = append(out, identified{result: license.Identify(in.Name, in.Data)})
	}
	return out, nil
}

func runIdentify(w *work) error { return w.identifyReplies(w.prepared.([]identified), "") }

// identifyReplies answers with each identification or scan, and keeps what the
// module proxy said for the scans.
// lead, when set, is the question as understood, which the first reply opens with.
func (w *work) identifyReplies(ids []identified, lead string) error {
	use := license.DetectUse(w.call.Event.Text)
	for i, id := range ids {
		reply := w.reply
		if i == 0 && lead != "" {
			reply = func(r bot.Reply) error { return w.reply(restated(lead, r)) }
		}
		if err := w.keepModules(id.modules); err != nil {
			return err
		}
		var err error
		switch {
		case id.err != nil:
			err = reply(bot.Reply{Text: fmt.Sprintf("I could not scan `%s`: %s. Nothing was recorded.", bot.Printable(id.name, 120), scanError(id.err)), Private: true})
		case id.scan != nil:
			err = w.startScan(id.scan, use)
		default:
			err = reply(IdentifyReply(id.result))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func scanError(err error) string {
	var ie *license.InputError
	if errors.As(err, &ie) || errors.Is(err, license.ErrLimit) {
		return err.Error()
	}
	return "the file is damaged or unreadable"
}

// prepareFetch fetches the licence file named by URL, outside the transaction, and
// identifies it like an upload.
func prepareFetch(ctx context.Context, e *Engine, c bot.Call) (any, error) {
	target, _ := firstField(c.Rest)
	if target == "" {
		return nil, Errorf("Give a repository URL or a Go module, e.g. `license https://github.com/etcd-io/bbolt` or `license golang.org/x/mod`.")
	}
	if path, version, ok := license.ModulePath(target); ok {
		a, err := e.fetchModule(ctx, path, version)
		if err != nil {
			return nil, err
		}
		return a.files, nil
	}
	if e.fetcher == nil {
		return nil, Errorf("Fetching licence files is turned off here (fetch.allowed_hosts is empty).")
	}
	r, err := e.fetchLicenseFile(ctx, target)
	switch {
	case errors.Is(err, errLicenceFileTooLarge):
		return nil, Errorf("That licence file is larger than the limit.")
	case err != nil:
		return nil, Errorf("I could not fetch a licence for %s: %v.", bot.Printable(target, 200), err)
	}
	return []identified{{result: r}}, nil
}

func firstField(s string) (string, string) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "", ""
	}
	return f[0], strings.Join(f[1:], " ")
}
