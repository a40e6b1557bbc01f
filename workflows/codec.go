package workflows

import (
	"fmt"

	"github.com/fxamacker/cbor/v2"
)

// The records every decision rewrites (requests, outbox entries and their deliveries)
// are stored as CBOR (RFC 8949), keyed by the same field names as their JSON tags: it
// decodes about three times faster than JSON and takes less room, and decoding is the
// largest part of the serial work of a group commit. Records people read or hash (the
// audit chain, schedules, prompts) stay JSON.
var (
	recordEnc cbor.EncMode
	digestEnc cbor.EncMode
	recordDec cbor.DecMode
)

func init() {
	var err error
	// Times keep their offset and nanoseconds, as in JSON. A stored record's map keys
	// are left in whatever order Go's maps give them: the decoder takes any order, and
	// sorting them is work done under the store's writer lock for nothing. What is
	// hashed (requestDigest) sorts them, so that its bytes depend on the value alone.
	recordEnc, err = cbor.EncOptions{Sort: cbor.SortNone, Time: cbor.TimeRFC3339Nano}.EncMode()
	if err != nil {
		panic(fmt.Sprintf("cbor encoder options: %v", err))
	}
	digestEnc, err = cbor.EncOptions{Sort: cbor.SortCoreDeterministic, Time: cbor.TimeRFC3339Nano}.EncMode()
	if err != nil {
		panic(fmt.Sprintf("cbor encoder options: %v", err))
	}
	recordDec, err = cbor.DecOptions{}.DecMode()
	if err != nil {
		panic(fmt.Sprintf("cbor decoder options: %v", err))
	}
}

func encodeRecord(v any) ([]byte, error) { return recordEnc.Marshal(v) }

// encodeDigested encodes v for hashing: deterministically, map keys sorted.
func encodeDigested(v any) ([]byte, error) { return digestEnc.Marshal(v) }

func decodeRecord(data []byte, v any) error { return recordDec.Unmarshal(data, v) }
