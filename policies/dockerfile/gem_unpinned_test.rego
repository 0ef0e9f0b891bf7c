package platlint.dockerfile.gem_unpinned_test

import data.platlint.dockerfile.gem_unpinned as p

stage(instructions) := {
	"index": 0, "name": "", "base": "ruby:3.3-slim", "from_stage": false, "line": 1,
	"image": {"name": "ruby", "tag": "3.3-slim", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["ruby:3.3-slim"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_unpinned_gem if {
	r := p.deny with input as {"stages": [stage([run("gem install --no-document bundler && bundle install")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "installs bundler with gem")
}

test_pinned_gems_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("gem install bundler -v 2.5.22"),
		run("gem install --no-document bundler:2.5.22 rake:13.2.1"),
		run("gem install --version=1.16.7 nokogiri"),
		run("gem install -g Gemfile"),
		run("gem install /tmp/vendor/tool-1.0.0.gem"),
		run("gem update --system 3.5.22"),
	])]}
}
