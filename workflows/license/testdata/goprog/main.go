// Command goprog is a Go program for the scanner's tests: its build information lists
// the one module it imports.
package main

import (
	"fmt"

	"golang.org/x/mod/semver"
)

func main() { fmt.Println(semver.IsValid("v1.0.0")) }
