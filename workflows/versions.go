package workflows

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Versions of the records that carry one (their "v" field). A record's version changes
// when its meaning does in a way an older ospobot would misread; the schema version
// (schema.go) is for the layout of the store as a whole. A version of 0 is a record
// written before versions were set, read as version 1.
const (
	requestVersion  = 1 // Request
	outboxVersion   = 1 // outboxEntry
	questionVersion = 1 // questionRecord
	scanVersion     = 1 // scanRecord
)

// ErrNewerRecord is a record written by a newer ospobot, which this one refuses rather
// than misread (and then, for a request, write back without what it did not know).
var ErrNewerRecord = errors.New("written by a newer ospobot")

// checkVersion refuses a record of version v when this ospobot reads up to known.
func checkVersion(what string, v, known int) error {
	if v > known {
		return fmt.Errorf("%s is %w (record version %d; this one reads up to %d): run that version, or restore a backup made by this one",
			what, ErrNewerRecord, v, known)
	}
	return nil
}

func decodeOutboxEntry(data []byte, e *outboxEntry) error {
	if err := decodeRecord(data, e); err != nil {
		return err
	}
	return checkVersion("the outbox entry", e.V, outboxVersion)
}

func decodeQuestion(data []byte, q *questionRecord) error {
	if err := json.Unmarshal(data, q); err != nil {
		return err
	}
	return checkVersion("the question record", q.V, questionVersion)
}

func decodeScan(data []byte, r *scanRecord) error {
	if err := json.Unmarshal(data, r); err != nil {
		return err
	}
	return checkVersion("the scan", r.V, scanVersion)
}
