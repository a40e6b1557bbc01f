package license

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
)

// rulesOf is a configured policy as this package's rules, so that the tests answer with
// the policy the bot ships. The package itself never sees the configuration; here the
// two are matched by field name, and a field one side has and the other lacks fails.
func rulesOf(cfg config.Policy) Rules {
	data, err := json.Marshal(cfg)
	if err != nil {
		panic(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r Rules
	if err := dec.Decode(&r); err != nil {
		panic("config.Policy and license.Rules differ: " + err.Error())
	}
	return r
}

// TestUsesMatchConfig keeps the uses this package answers for equal to those the
// configuration accepts verdicts for: a use only one side knows would be refused by
// the other.
func TestUsesMatchConfig(t *testing.T) {
	if !slices.Equal(Uses, config.Uses) {
		t.Errorf("license.Uses = %q, config.Uses = %q", Uses, config.Uses)
	}
}
