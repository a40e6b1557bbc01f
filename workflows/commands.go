package workflows

import (
	"bytes"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows/license"
)

// builtins is the command table. Help is generated from it, so every command here is
// listed by "help".
func (e *Engine) builtins() []command {
	return []command{
		{spec: bot.CommandSpec{
			Name: "help", Args: "[COMMAND]",
			Summary: "List what I understand, or explain one command.",
			Example: "help identify",
		}, run: func(w *work) error { return nil }}, // answered by the router
		{spec: bot.CommandSpec{
			Name: "identify", Aliases: []string{"id", "scan"}, Args: "[TEXT]",
			Summary: "Identify the licences in a text: paste it after the word, or upload a file.",
			Help: "I report each licence found with its SPDX ID, how much of the text it covers and where, " +
				"and say whether it is identified, probable (with the doubt) or unknown. SPDX-License-Identifier lines count. " +
				"A pasted text of several lines is identified even without the word.",
			Example: "identify SPDX-License-Identifier: Apache-2.0 OR MIT",
		}, run: runIdentify},
		{spec: bot.CommandSpec{
			Name: "ask", Aliases: []string{"can", "may", "is", "are", "should", "could", "does", "do", "what", "how", "check", "compatible"},
			Args:    "QUESTION",
			Summary: "Ask a licence question in plain words; I answer from the organisation's licence policy.",
			Help: "Name the licence (SPDX ID, expression or a common name such as GPLv2, Apache 2 or new BSD) and how it will be used " +
				"(internal, distributed, SaaS, mobile app, modified, statically or dynamically linked). I answer with a verdict, the obligations, " +
				"the reason and the policy link, and ask when the use is missing. \"is X compatible with Y?\" answers from the OSADL matrix. " +
				"Questions starting with can, may, is, what, how … need no \"ask\".",
			Example: "can we use an AGPL library in our SaaS?",
		}, run: runAsk},
		{spec: bot.CommandSpec{
			Name: "version", Aliases: []string{"about"},
			Summary: "Say which ospobot this is.",
			Example: "version",
		}, run: func(w *work) error {
			return w.reply(bot.Textf("ospobot " + w.e.version))
		}},
	}
}

func runIdentify(w *work) error {
	inputs := w.call.Inputs
	if len(inputs) == 0 && w.call.Rest != "" {
		inputs = []bot.Input{{Data: []byte(w.call.Rest)}}
	}
	if len(inputs) == 0 || (len(inputs) == 1 && len(bytes.TrimSpace(inputs[0].Data)) == 0) {
		return Errorf("Paste the text after `identify`, or upload a file, and I will identify its licences.")
	}
	for _, in := range inputs {
		if err := w.reply(IdentifyReply(license.Identify(in.Name, in.Data))); err != nil {
			return err
		}
	}
	return nil
}
