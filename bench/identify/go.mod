module github.com/ospobot/ospobot/bench/identify

go 1.26.8

require (
	github.com/github/go-spdx/v2 v2.8.0
	github.com/google/licensecheck v0.3.1
	github.com/google/licenseclassifier/v2 v2.0.0
	github.com/ospobot/ospobot v0.0.0
)

require (
	github.com/CycloneDX/cyclonedx-go v0.12.0 // indirect
	github.com/anchore/go-struct-converter v0.1.0 // indirect
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/sergi/go-diff v1.1.0 // indirect
	github.com/spdx/tools-golang v0.5.7 // indirect
	golang.org/x/mod v0.43.0 // indirect
)

replace github.com/ospobot/ospobot => ../..
