package bot

// Capabilities describe what an adapter's platform can show, so that the core asks once
// instead of guessing from interfaces. The dispatcher and the engine shape replies by
// them: a private reply to a platform without Ephemeral goes as a direct message; a form
// to a platform without Forms is asked field by field; buttons on a platform without
// Buttons are shown as the commands to type (and, where Reactions is set, as reactions).
type Capabilities struct {
	Buttons   bool // clickable buttons (Slack Block Kit actions)
	Reactions bool // reactions on the bot's own messages count as clicks (Matrix)
	Ephemeral bool // "only you can see this" messages in a shared conversation
	Forms     bool // modal forms opened in answer to a click (implements FormOpener)
	Edits     bool // earlier messages can be replaced (implements Editor)
	Threads   bool // replies can go into the thread of the question
	Files     bool // replies can carry files (Reply.Files)
	Home      bool // a per-user home surface (Slack App Home); see Destination.Home
	MaxText   int  // longest text of one message or section; 0 for no limit
	MaxBlocks int  // most blocks in one message; 0 for no limit
}
