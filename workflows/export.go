package workflows

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// ospoGroup is the group whose members may take the audit trail from chat.
const ospoGroup = "ospo"

// maxAttachments bounds the files one message carries: they are kept in the outbox with
// it until it is delivered.
const maxAttachments = 8 << 20

// auditExport is a prepared `audit export`.
type auditExport struct {
	format string
	since  time.Time
	n      int
	data   []byte
}

// prepareAuditExport reads the audit trail outside the write transaction, as `ospobot
// audit export` does.
func prepareAuditExport(_ context.Context, e *Engine, c bot.Call) (any, error) {
	if !e.approvals.isMember(ospoGroup, c.Event.User.ID) {
		return nil, Errorf("Only members of %s can take the audit trail.", ospoGroup)
	}
	words := strings.Fields(strings.ToLower(c.Rest))
	if len(words) == 0 || words[0] != "export" {
		return nil, Errorf("Usage: `audit export [csv|jsonl] [since YYYY-MM-DD]`.")
	}
	x := &auditExport{format: "csv"}
	for i := 1; i < len(words); i++ {
		switch w := words[i]; {
		case w == "csv" || w == "jsonl":
			x.format = w
		case w == "since" && i+1 < len(words):
			t, err := time.Parse("2006-01-02", words[i+1])
			if err != nil {
				return nil, Errorf("Since when? A date like 2026-03-01, not %q.", bot.Printable(words[i+1], 40))
			}
			x.since, i = t, i+1
		default:
			return nil, Errorf("Usage: `audit export [csv|jsonl] [since YYYY-MM-DD]`; %q is neither.", bot.Printable(w, 40))
		}
	}
	var buf bytes.Buffer
	n, err := e.store.ExportAudit(&buf, x.format, x.since)
	if err != nil {
		return nil, fmt.Errorf("export audit: %w", err)
	}
	x.n, x.data = n, buf.Bytes()
	return x, nil
}

func runAuditExport(w *work) error {
	x := w.prepared.(*auditExport)
	cli := "`ospobot audit export --format " + x.format
	if !x.since.IsZero() {
		cli += " --since " + x.since.Format("2006-01-02")
	}
	cli += "` writes it on the server."
	if len(x.data) > maxAttachments {
		return Errorf("The audit trail is %s, more than the %s a message may carry. %s", bot.FormatBytes(int64(len(x.data))), bot.FormatBytes(maxAttachments), cli)
	}
	name := fmt.Sprintf("ospobot-audit-%s.%s", w.now.UTC().Format("2006-01-02"), x.format)
	ct := "text/csv; charset=utf-8"
	if x.format == "jsonl" {
		ct = "application/jsonl"
	}
	return w.reply(bot.Reply{
		Text:    fmt.Sprintf("The audit trail: %d %s, as %s.", x.n, plural(x.n, "record", "records"), strings.ToUpper(x.format)),
		Files:   []bot.Attachment{{Name: name, ContentType: ct, Data: x.data, Fallback: cli}},
		Private: true,
	})
}
