//go:build !unix

package workflows

import "time"

// processCPU is not measured here.
func processCPU() time.Duration { return 0 }

// threadCPU is not measured here.
func threadCPU() time.Duration { return 0 }
