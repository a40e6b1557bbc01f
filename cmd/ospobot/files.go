package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// writeWhole writes path whole or not at all: write fills a temporary file beside it,
// which is synced and then moved into place, so that a failed or interrupted run leaves
// what was there. With replace false an existing file is never replaced, even one made
// meanwhile.
func writeWhole(path string, mode os.FileMode, replace bool, write func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	err = write(tmp)
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	switch {
	case err != nil:
	case replace:
		err = os.Rename(tmp.Name(), path)
	default:
		err = os.Link(tmp.Name(), path) // fails where a file is
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
