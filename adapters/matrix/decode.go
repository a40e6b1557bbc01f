package matrix

import (
	"encoding/json"
	"strings"
	"unicode"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// Prefix starts a command in a room where the bot is not mentioned: "!ospo help".
const Prefix = "!ospo"

// buttonsKey is the key, in the content of the bot's own messages, of the map from each
// reaction to the button it stands for. Keeping the map in the message itself means a
// reaction given after a restart, or to a message sent by an earlier process, still
// maps to its button, and the adapter needs no store of its own.
const buttonsKey = "org.ospobot.buttons"

// reactionButton is what a reaction on the bot's message means.
type reactionButton struct {
	Action string `json:"action"`
	Value  string `json:"value,omitempty"`
}

// addressee is who the bot is in a room, for telling whether a message is for it.
type addressee struct {
	ID   id.UserID
	Name string // display name, as clients write it when they mention the bot
}

// commandText tells whether a text message is meant for the bot and returns the command
// in it. In a direct conversation everything is; in a room, a message that starts with
// Prefix or mentions the bot (in m.mentions, or by its ID or name at the start). The
// quoted reply fallback and the mention itself are removed. Notices (what bots send)
// and edits are never commands: an edit would run a command twice.
func commandText(me addressee, c *event.MessageEventContent, direct bool) (string, bool) {
	if c == nil || c.MsgType == event.MsgNotice || c.NewContent != nil ||
		c.RelatesTo != nil && c.RelatesTo.Type == event.RelReplace {
		return "", false
	}
	body := stripReplyFallback(c.Body)
	trimmed := strings.TrimSpace(body)
	if rest, ok := cutPrefixFold(trimmed, Prefix); ok && (rest == "" || startsWithSpace(rest)) {
		return strings.TrimSpace(rest), true
	}
	if rest, ok := cutMention(me, trimmed); ok {
		return rest, true
	}
	if c.Mentions != nil && c.Mentions.Has(me.ID) {
		return strings.TrimSpace(strings.ReplaceAll(trimmed, string(me.ID), "")), true
	}
	if direct {
		return trimmed, true
	}
	return "", false
}

// cutMention removes a leading mention of the bot: its ID, its display name or its
// localpart, followed by ":" or "," as clients write them ("ospobot: help").
func cutMention(me addressee, text string) (string, bool) {
	names := []string{string(me.ID)}
	if me.Name != "" {
		names = append(names, me.Name)
	}
	if local := me.ID.Localpart(); local != "" {
		names = append(names, "@"+local, local)
	}
	for _, n := range names {
		rest, ok := cutPrefixFold(text, n)
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, ","):
			return strings.TrimSpace(rest[1:]), true
		case n == string(me.ID) && (rest == "" || startsWithSpace(rest)):
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func startsWithSpace(s string) bool {
	for _, r := range s {
		return unicode.IsSpace(r)
	}
	return false
}

// stripReplyFallback removes the quoted lines ("> <@bob:example.org> earlier text")
// that older clients put before the text of a reply.
func stripReplyFallback(body string) string {
	if !strings.HasPrefix(body, "> ") {
		return body
	}
	lines := strings.Split(body, "\n")
	i := 0
	for i < len(lines) && strings.HasPrefix(lines[i], ">") {
		i++
	}
	if i < len(lines) && lines[i] == "" {
		i++
	}
	return strings.Join(lines[i:], "\n")
}

// isFile tells whether a message carries an upload.
func isFile(c *event.MessageEventContent) bool {
	switch c.MsgType {
	case event.MsgFile, event.MsgImage, event.MsgVideo, event.MsgAudio:
		return c.URL != "" || c.File != nil && c.File.URL != ""
	}
	return false
}

// upload is what a file message says about its file.
type upload struct {
	Name      string
	Size      int64 // -1 when the message does not say
	URL       id.ContentURI
	Encrypted *event.EncryptedFileInfo
}

// uploadOf reads the file a message carries, and its caption (the text that goes with
// it), if any. ok is false when the message names no downloadable file.
func uploadOf(c *event.MessageEventContent) (u upload, caption string, ok bool) {
	if !isFile(c) {
		return upload{}, "", false
	}
	raw := c.URL
	if c.File != nil && c.File.URL != "" {
		raw = c.File.URL
		u.Encrypted = c.File
	}
	uri, err := raw.Parse()
	if err != nil || uri.IsEmpty() {
		return upload{}, "", false
	}
	u.URL = uri
	u.Name = c.GetFileName()
	u.Size = -1
	if c.Info != nil && c.Info.Size > 0 {
		u.Size = int64(c.Info.Size)
	}
	return u, c.GetCaption(), true
}

// threadOf is the root of the thread a message is in, if any.
func threadOf(rel *event.RelatesTo) id.EventID {
	if rel != nil && rel.Type == event.RelThread {
		return rel.EventID
	}
	return ""
}

// buttonsOf reads the reaction map from the raw content of one of the bot's messages.
// For an edited message it takes the newest content's map when given.
func buttonsOf(raw map[string]any) map[string]reactionButton {
	v, ok := raw[buttonsKey]
	if !ok {
		return nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	var m map[string]reactionButton
	if err := json.Unmarshal(data, &m); err != nil {
		return nil
	}
	for k, b := range m {
		if b.Action == "" {
			delete(m, k)
		}
	}
	return m
}

// reactionOf reads a reaction event: which message it is on and which key (emoji).
func reactionOf(c *event.ReactionEventContent) (target id.EventID, key string, ok bool) {
	if c == nil || c.RelatesTo.Type != event.RelAnnotation || c.RelatesTo.EventID == "" || c.RelatesTo.Key == "" {
		return "", "", false
	}
	return c.RelatesTo.EventID, normalizeEmoji(c.RelatesTo.Key), true
}

// normalizeEmoji drops the variation selector some clients add or leave out, so that
// "✅" and "✅\uFE0F" are the same reaction.
func normalizeEmoji(s string) string { return strings.ReplaceAll(s, "\uFE0F", "") }

func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }
