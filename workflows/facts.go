package workflows

import (
	"context"
	"net/url"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows/license"
)

// A pre-approval rule approves a request on facts its requester declares: the licence,
// the size of the change. The audit record says they were declared, not checked. One
// fact the bot can check is the licence of the repository a request names: it reads
// the repository's licence file (the fetcher of `license URL`) before the transaction,
// and a licence file that says otherwise sends the request to review instead.

// licenceCheck is what reading the repository's licence file found, for the declared
// licence of a request that a pre-approval rule would approve.
type licenceCheck struct {
	Project, Declared string
	Found             string // the licence file's SPDX expression; "" when none was identified
	Err               string // why the file could not be read
}

// prepareRequest checks the declared licence of an inline request that a pre-approval
// rule would approve, outside the transaction. It never fails the command: what it
// could not check is recorded as not checked.
func prepareRequest(ctx context.Context, e *Engine, c bot.Call) (any, error) {
	word, rest := firstField(c.Rest)
	kind, ok := e.approvals.kind(word)
	if !ok {
		return nil, nil
	}
	fields, err := parseFields(rest)
	if err != nil || validateFields(kind, fields) != nil {
		return nil, nil
	}
	return e.checkDeclaredLicence(ctx, kind.Name, fields), nil
}

// prepareFormRequest is prepareRequest for a request submitted through a form (a Slack
// modal), whose fields arrive as the form's values.
func prepareFormRequest(ctx context.Context, e *Engine, sub *bot.FormSubmission) any {
	kindName, ok := strings.CutPrefix(sub.ID, "request.")
	if !ok {
		return nil
	}
	kind, ok := e.approvals.kind(kindName)
	if !ok || kind.Name != kindName {
		return nil
	}
	fields, err := formFields(kind, sub.Values)
	if err != nil {
		return nil
	}
	if chk := e.checkDeclaredLicence(ctx, kind.Name, fields); chk != nil {
		return chk
	}
	return nil
}

// checkDeclaredLicence reads the licence file of the repository fields name, when a
// pre-approval rule would approve the request on its declared licence; nil when there
// is nothing to check.
func (e *Engine) checkDeclaredLicence(ctx context.Context, kind string, fields map[string]string) *licenceCheck {
	if e.fetcher == nil {
		return nil
	}
	project, declared := fields["project"], fields["license"]
	if u, err := url.Parse(project); err != nil || (u.Scheme != "https" && u.Scheme != "http") || declared == "" {
		return nil
	}
	if _, _, pre, err := e.route(kind, fields, e.now()); err != nil || pre == "" {
		return nil // reviewed by people anyway
	}
	chk := &licenceCheck{Project: project, Declared: declared}
	name, data, err := e.fetcher.FetchLicense(ctx, project)
	switch {
	case err != nil:
		chk.Err = bot.Clip(err.Error(), 200)
	case int64(len(data)) > e.limits.MaxFileBytes:
		chk.Err = "its licence file is larger than the limit"
	default:
		chk.Found, _ = license.LicenseOf([]license.Result{license.Identify(name, data)})
	}
	return chk
}

// licenceChecked is the check prepared for these fields, if any.
func (w *work) licenceChecked(fields map[string]string) *licenceCheck {
	chk, ok := w.prepared.(*licenceCheck)
	if !ok || chk == nil || chk.Project != fields["project"] || chk.Declared != fields["license"] {
		return nil
	}
	return chk
}

// mismatch tells whether the repository's licence file names another licence than
// the one declared.
func (c *licenceCheck) mismatch() bool {
	return c != nil && c.Err == "" && c.Found != "" && license.CanonicalExpression(c.Found) != license.CanonicalExpression(c.Declared)
}

// note says, for the audit record, what became of the declared licence.
func (c *licenceCheck) note() string {
	switch {
	case c == nil:
		return "the facts it rests on are declared by the requester, not checked"
	case c.Err != "":
		return "the facts it rests on are declared by the requester; the licence could not be checked (" + c.Err + ")"
	case c.Found == "":
		return "the facts it rests on are declared by the requester; no licence was identified in the repository's licence file"
	case c.mismatch():
		return "the repository's licence file says " + c.Found + ", not " + c.Declared
	}
	return "licence checked: the repository's licence file says " + c.Found + "; the other facts are declared by the requester"
}

// declared is how the audit record shows a request's fields: as the requester's word.
func declared(fields map[string]string) string {
	return "declared by the requester: " + strings.TrimSpace(fieldSummary(fields))
}
