package slack

// BotScopes are the OAuth scopes the adapter's calls and events need, and no more; the
// app manifests in deploy/ ask for exactly these (a test keeps them in step).
var BotScopes = []string{
	"app_mentions:read", // app_mention events: the bot mentioned in a channel
	"chat:write",        // chat.postMessage, chat.postEphemeral, chat.update
	"commands",          // the /ospo slash command
	"files:read",        // files.info and downloading uploads; file_shared events
	"files:write",       // files.getUploadURLExternal and files.completeUploadExternal
	"im:history",        // message.im events: direct messages to the bot
	"im:write",          // conversations.open: a direct message to a person
	"usergroups:read",   // usergroups.users.list; subteam_* events
}

// BotEvents are the events the adapter acts on. views.open, views.publish and auth.test
// need no scope of their own; Socket Mode's app-level token needs connections:write.
var BotEvents = []string{
	"app_home_opened",         // the App Home tab is opened
	"app_mention",             // a mention in a channel
	"file_shared",             // an upload in a direct message
	"message.im",              // a direct message
	"subteam_members_changed", // a user group's members changed: its cache entry goes
	"subteam_updated",         // a user group changed
}

// Command is the slash command the manifests declare.
const Command = "/ospo"
