module github.com/ospobot/ospobot/workflows/license/gen

go 1.26.8

require (
	github.com/github/go-spdx/v2 v2.8.0
	github.com/google/licenseclassifier v0.0.0-20260218193730-3cfbab2d0e0d
)

require github.com/sergi/go-diff v1.1.0 // indirect

require (
	github.com/google/licensecheck v0.3.1
	github.com/ospobot/ospobot v0.0.0
)

replace github.com/ospobot/ospobot => ../../..
