package workflows

import (
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot"
)

// homes are the home surfaces drawn after the first n deliveries, the latest by user.
func (b *bench) homes(n int) map[bot.UserID]string {
	out := map[bot.UserID]string{}
	for _, d := range b.p.deliveries()[n:] {
		if !d.to.Home {
			continue
		}
		var text strings.Builder
		for _, blk := range d.reply.Blocks {
			text.WriteString(blk.Text + "\n")
			for _, btn := range blk.Buttons {
				text.WriteString("[" + btn.Command + "]\n")
			}
		}
		out[d.to.User] = text.String()
	}
	return out
}

// TestHome guards the home surface: opening it draws the person's requests and what
// waits for them; a request changing state draws again the homes of its requester and
// of the approvers concerned, and only on platforms that have homes.
func TestHome(t *testing.T) {
	b := newBench(t)
	b.p.caps.Home = true
	b.event("shell:ana", bot.Event{Kind: bot.HomeEvent})
	if h := b.homes(0); !strings.Contains(h["shell:ana"], "You have made no requests") || !strings.Contains(h["shell:ana"], "Nothing waits for you") {
		t.Fatalf("ana's first home: %q", h)
	}

	n := len(b.p.deliveries())
	b.say("shell:ana", "request cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate")
	h := b.homes(n)
	if !strings.Contains(h["shell:ana"], "OSPO-1 CLA signature — pending at Legal review") {
		t.Errorf("ana's home after her request: %q", h["shell:ana"])
	}
	for _, l := range []bot.UserID{"shell:l1", "shell:l2"} {
		if !strings.Contains(h[l], "[approve OSPO-1]") {
			t.Errorf("%s's home after the request: %q, want OSPO-1 to decide", l, h[l])
		}
	}

	n = len(b.p.deliveries())
	b.say("shell:l1", "approve OSPO-1")
	h = b.homes(n)
	if !strings.Contains(h["shell:l2"], "Nothing waits for you") || !strings.Contains(h["shell:o1"], "[approve OSPO-1]") {
		t.Errorf("homes after the first stage: l2 %q, o1 %q", h["shell:l2"], h["shell:o1"])
	}

	n = len(b.p.deliveries())
	b.say("shell:ana", "comment OSPO-1 thanks") // no change of state: no home to draw
	if h := b.homes(n); len(h) != 0 {
		t.Errorf("a comment drew homes: %q", h)
	}

	plain := newBench(t)
	plain.say("shell:ana", "request cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate")
	if h := plain.homes(0); len(h) != 0 {
		t.Errorf("homes drawn on a platform without them: %q", h)
	}
}
