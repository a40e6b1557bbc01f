package main

import (
	"bytes"
	"slices"
	"testing"
)

// TestParseFlagsInterspersed guards that flags may follow the arguments, that `--` ends
// the flags, and that a command taking no arguments refuses a stray one.
func TestParseFlagsInterspersed(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		db       string
		dry      bool
		wantArgs []string
	}{
		{[]string{"daily", "--dry-run"}, "", true, []string{"daily"}},
		{[]string{"--db", "x.db", "daily", "--dry-run"}, "x.db", true, []string{"daily"}},
		{[]string{"a", "--db=y.db", "b"}, "y.db", false, []string{"a", "b"}},
		{[]string{"a", "--", "--dry-run", "b"}, "", false, []string{"a", "--dry-run", "b"}},
		{nil, "", false, nil},
	} {
		var errOut bytes.Buffer
		fs := newFlags("test", stdio{err: &errOut})
		db := fs.String("db", "", "")
		dry := fs.Bool("dry-run", false, "")
		if _, ok := parseFlags(fs, tc.args); !ok {
			t.Fatalf("%q: refused: %s", tc.args, errOut.String())
		}
		if *db != tc.db || *dry != tc.dry || !slices.Equal(fs.Args(), tc.wantArgs) {
			t.Errorf("%q: db %q dry %v args %q; want %q %v %q", tc.args, *db, *dry, fs.Args(), tc.db, tc.dry, tc.wantArgs)
		}
	}
	var errOut bytes.Buffer
	fs := newFlags("version", stdio{err: &errOut})
	if code, ok := parseNoArgs(fs, []string{"extra"}, stdio{err: &errOut}); ok || code != exitUsage || !bytes.Contains(errOut.Bytes(), []byte(`unexpected "extra"`)) {
		t.Errorf("stray argument: ok %v code %d, %q", ok, code, errOut.String())
	}
}
