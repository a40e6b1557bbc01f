package matrix_test

import (
	"errors"
	"sync"
	"testing"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/ospobot/ospobot/bot/config"
)

// TestRateLimitsOfARealHomeserver guards M_LIMIT_EXCEEDED against a Dendrite that rate
// limits (two requests in two seconds per device, on joins among others): invited to five
// rooms at once, the bot meets the limit, waits as long as the homeserver says, and
// joins every room. (Dendrite does not rate limit sending messages; Send's "retry
// after" is TestDeliveryErrors'.)
func TestRateLimitsOfARealHomeserver(t *testing.T) {
	hs := limitedServer.start(t)
	b := newBotOn(t, hs, config.Default())
	b.start()
	alice := newPersonOn(t, hs, "alice", nil)
	rooms := make([]id.RoomID, 5)
	errs := make([]error, 5)
	var wg sync.WaitGroup
	for i := range rooms {
		wg.Go(func() {
			resp, err := alice.c.CreateRoom(alice.ctx(), roomRequest(b.acc.ID))
			if err == nil {
				rooms[i] = resp.RoomID
			}
			errs[i] = err
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	for _, room := range rooms {
		alice.waitFor("the bot joining "+string(room), func(e *event.Event) bool {
			return e.RoomID == room && e.Type == event.StateMember && e.GetStateKey() == string(b.acc.ID) && e.Content.AsMember().Membership == event.MembershipJoin
		})
	}
	if !b.log.logged("homeserver rate limit; waiting") {
		t.Error("five joins at once never met the rate limit; is it on?")
	}
}
