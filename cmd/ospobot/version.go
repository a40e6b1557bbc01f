package main

import (
	"context"
	"fmt"
	"runtime"
)

func runVersion(_ context.Context, args []string, io stdio) int {
	fs := newFlags("version", io)
	if code, ok := parseNoArgs(fs, args, io); !ok {
		return code
	}
	fmt.Fprintf(io.out, "ospobot %s (%s, %s/%s)\n", versionString(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitOK
}
