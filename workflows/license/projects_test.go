package license

import "testing"

// TestEveryProjectNameReadsAsItsLicence guards the names in data/projects.json: each,
// written in a question, reads as its project's licence (dotted names such as
// "express.js" and "socket.io" included), and no two projects share a name once names
// are normalised, where one would silently hide the other.
func TestEveryProjectNameReadsAsItsLicence(t *testing.T) {
	t.Parallel()
	owner := map[string]*Project{}
	type named struct {
		name string
		p    *Project
	}
	var all []named
	for _, p := range Projects() {
		for _, name := range p.Names {
			key := norm(name)
			if o, ok := owner[key]; ok && o != p {
				t.Errorf("%q names both %q and %q", key, o.Name(), p.Name())
			}
			owner[key] = p
			all = append(all, named{name, p})
		}
	}
	step := 1
	if raceEnabled {
		step = 4 // a quarter, under the race detector; .ci/run also reads them all without it
	}
	inParallel(len(all)/step, func(i int) {
		n := all[i*step]
		text := "can we ship " + n.name + " in our product?"
		if q, ok := ParseQuestion(text); !ok || !sameExpression(q.Expression, n.p.License) {
			t.Errorf("%q: read %q (understood %v), want %q", text, q.Expression, ok, n.p.License)
		}
	})
}

// TestQuestionsNamingProjects guards questions that name a well-known project instead
// of its licence: the project's licence is the one asked about, by the version said
// where the licence changed between versions.
func TestQuestionsNamingProjects(t *testing.T) {
	for text, want := range map[string]string{
		"is it ok to use Ghostscript in our SaaS?":                   "AGPL-3.0-or-later",
		"can we bundle three.js in our closed-source 3D viewer?":     "MIT",
		"our web app is built on Express.js, anything to watch out?": "MIT",
		"we'd like to chart sales with D3.js in the customer portal": "ISC",
		"can our router firmware include dnsmasq?":                   "GPL-2.0-only OR GPL-3.0-only",
		"may we embed MuPDF in our document conversion service?":     "AGPL-3.0-or-later",
		"Highcharts in our commercial dashboard, is that fine?":      "LicenseRef-Highcharts",
		"we link ncurses into our terminal tool, what do we owe?":    "X11-distribute-modifications-variant",
		"can we ship ImageMagick inside our thumbnail appliance?":    "ImageMagick",
		"is GNU readline ok in our closed CLI?":                      "GPL-3.0-or-later",
		"the scanner flags config.guess in our tarball as gpl":       "GPL-3.0-or-later WITH Autoconf-exception-generic-3.0",
		"can we use TinyMCE in our CMS?":                             "GPL-2.0-or-later",
		"can we keep using TinyMCE 6 in our CMS?":                    "MIT",
		"our old CMS still ships TinyMCE 5.10, is that ok?":          "LGPL-2.1-only",
		"we still use mapbox-gl-js v1.13 in the app, ok to ship?":    "BSD-3-Clause",
		"can we ship the Docker Engine on our appliance?":            "Apache-2.0",
		"is it fine to put BIND9 on our DNS appliance?":              "MPL-2.0 AND ISC AND BSD-2-Clause AND BSD-3-Clause",
		"can we ship the Eclipse Temurin JRE with our product?":      "GPL-2.0-only WITH Classpath-exception-2.0",
		"we bundle SapMachine as a private runtime, ok?":             "GPL-2.0-only WITH Classpath-exception-2.0",
		"is Eclipse OpenJ9 ok inside our appliance?":                 "EPL-2.0 OR Apache-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0 OR GPL-2.0-only WITH OpenJDK-assembly-exception-1.0",
		"can our desktop app link libusb?":                           "LGPL-2.1-or-later",
		"we want to use libimagequant in our image optimiser":        "GPL-3.0-or-later",
		"is MinIO fine behind our storage product?":                  "AGPL-3.0-or-later",
		"can we run HashiCorp Consul in our platform?":               "BUSL-1.1",
		"we still run HashiCorp Consul 1.16, is that MPL?":           "MPL-2.0",
		"can we embed RocksDB in our closed database?":               "Apache-2.0", // the option a closed work takes
		"is PyTorch fine in our commercial model server?":            "BSD-3-Clause",
		"can we link the H2 database into our product?":              "MPL-2.0 OR EPL-1.0",
		"we'd like to use Material UI in the customer portal":        "MIT",
		"can we host n8n for our customers?":                         "LicenseRef-Sustainable-Use-1.0",
		"we run self-hosted Sentry for our clients, ok?":             "FSL-1.1-ALv2",
		"can our product ship YOLOv8 for detection?":                 "AGPL-3.0-only",
		"we sell add-ons for Odoo Community, what applies?":          "LGPL-3.0-only",
		"can we switch the broker to RabbitMQ?":                      "MPL-2.0",
		"our firmware links the Rust standard library, ok?":          "MIT OR Apache-2.0",
		"can we offer Moodle to our schools as a service?":           "GPL-3.0-or-later",
		// A project whose data gives the exception a message leaves unnamed.
		`pygit2 is "GPLv2 with linking exception". our licence checker reports it as strong copyleft. right classification?`: "GPL-2.0-only WITH GCC-exception-2.0",
	} {
		if q, ok := ParseQuestion(text); !ok || !sameExpression(q.Expression, want) {
			t.Errorf("%q: read %q (understood %v), want %q", text, q.Expression, ok, want)
		}
	}
}

// TestOrdinaryWordsAreNotProjects guards words that are also projects' names used in
// their ordinary sense: they name no licence, so the sentence is not read as asking
// about Express, Moment.js, BIND, Bash or Leaflet.
func TestOrdinaryWordsAreNotProjects(t *testing.T) {
	for _, text := range []string{
		"we express our thanks to the legal team",
		"at the moment we have no policy for this",
		"can we use three of these components in the next release?",
		"our service will bind to port 80 and echo each request",
		"we wrote a bash script to deploy the app",
		"the leaflet we hand out at the conference",
		"a glib answer from the vendor",
		"we use git to track changes to the docs",
		"the printer cups are empty and the squid ink is out",
		"the bullet points in the flask of ideas are fine",
		"we saw pandas and an armadillo at the zoo, then had guava juice",
		"the network manager approved the eigen decomposition",
		"pull the handbrake, the zookeeper has the V8 engine running",
		"each element plus its index goes on the SAP machine",
	} {
		if q, ok := ParseQuestion(text); ok || len(q.Licenses) > 0 {
			t.Errorf("%q: read as naming %v", text, q.Licenses)
		}
	}
}

// sameExpression compares a question's expression with a project's licence; a compound
// licence read on its own comes back in parentheses.
func sameExpression(got, want string) bool { return got == want || got == "("+want+")" }
