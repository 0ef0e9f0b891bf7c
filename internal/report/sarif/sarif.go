// Package sarif writes a report as SARIF 2.1.0, in the form that GitHub code
// scanning accepts as it is: one run, every rule described with GitHub's
// security-severity, every result located relative to %SRCROOT% with a
// stable partial fingerprint, and parse and evaluation errors reported as
// tool execution notifications.
package sarif

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/platlint/platlint/internal/model"
)

// Options controls the SARIF log.
type Options struct {
	// OmitRootURI leaves the absolute file:// URI of the scanned directory
	// out of run.originalUriBaseIds, keeping only its description. The
	// output then no longer depends on the machine, as golden files need.
	OmitRootURI bool
	// Category distinguishes this analysis from others uploaded for the
	// same commit, as GitHub code scanning's category does; it becomes
	// run.automationDetails.id with a trailing slash. Empty means
	// "platlint".
	Category string
}

const (
	toolName       = "platlint"
	informationURI = "https://github.com/platlint/platlint"
	// srcRoot is the base that every artifact URI is relative to; GitHub
	// resolves relative URIs against the repository root.
	srcRoot = "%SRCROOT%"
	// fingerprintKey versions the fingerprint algorithm, so that a new
	// algorithm can get a new key instead of closing every alert.
	fingerprintKey = "platlint/v1"
	// maxTags is the number of rule tags GitHub code scanning keeps; it
	// warns about more and rejects more than 20.
	maxTags = 10
)

// Write writes rep to w as a SARIF 2.1.0 log, indented by two spaces and
// ending in a newline.
func Write(w io.Writer, rep *model.Report, opts Options) error {
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	log.AddRun(newRun(rep, opts))

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	// Messages, snippets and help quote source code and Markdown; "<" and
	// "&" should read as themselves.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return err
	}
	// go-sarif v2.3.3 writes unset optional members of a suppression as
	// null, which the SARIF schema, and so GitHub, rejects.
	compact, err := dropNullMembers(buf.Bytes())
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err = w.Write(out.Bytes())
	return err
}

func newRun(rep *model.Report, opts Options) *sarif.Run {
	rules := catalog(rep.Rules)
	index := make(map[string]int, len(rules))
	descriptors := make([]*sarif.ReportingDescriptor, len(rules))
	for i := range rules {
		index[rules[i].ID] = i
		descriptors[i] = descriptor(&rules[i])
	}

	driver := &sarif.ToolComponent{
		Name:           toolName,
		InformationURI: ptr(informationURI),
		Rules:          descriptors,
	}
	if v := toolVersion(rep.Version); v != "" {
		driver.Version = ptr(v)
		if semverRE.MatchString(v) {
			driver.SemanticVersion = ptr(v)
		}
	}

	run := sarif.NewRun(sarif.Tool{Driver: driver})
	run.ColumnKind = "utf16CodeUnits"
	run.AutomationDetails = sarif.NewRunAutomationDetails().WithID(cmp.Or(opts.Category, toolName) + "/")
	run.OriginalUriBaseIDs = map[string]*sarif.ArtifactLocation{srcRoot: rootLocation(rep.Root, opts)}

	invocation := sarif.NewInvocation().WithExecutionSuccess(true)
	for i := range rep.Findings {
		f := &rep.Findings[i]
		run.Results = append(run.Results, newResult(f, index))
		if f.RuleID == model.ParseErrorRuleID {
			n := sarif.NewNotification().
				WithLevel("error").
				WithTextMessage(message(f)).
				WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(physicalLocation(f))}).
				WithAssociatedRule(ruleReference(f.RuleID, index))
			invocation.AddTToolExecutionNotification(n)
		}
	}
	for _, e := range rep.Errors {
		n := sarif.NewNotification().WithLevel("error").WithTextMessage(cmp.Or(e.Message, "policy evaluation failed"))
		if e.File != "" {
			n.WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().WithArtifactLocation(artifactLocation(e.File)))})
		}
		if e.RuleID != "" {
			n.WithAssociatedRule(ruleReference(e.RuleID, index))
		}
		invocation.AddTToolExecutionNotification(n)
	}
	run.AddInvocations(invocation)
	return run
}

// catalog returns the rules to describe: the report's rules and the
// parse-error rule, sorted by id, without duplicates.
func catalog(reported []model.Rule) []model.Rule {
	rules := make([]model.Rule, 0, len(reported)+1)
	rules = append(rules, reported...)
	if !slices.ContainsFunc(rules, func(r model.Rule) bool { return r.ID == model.ParseErrorRuleID }) {
		rules = append(rules, model.ParseErrorRule())
	}
	slices.SortStableFunc(rules, func(a, b model.Rule) int { return cmp.Compare(a.ID, b.ID) })
	return slices.CompactFunc(rules, func(a, b model.Rule) bool { return a.ID == b.ID })
}

func descriptor(r *model.Rule) *sarif.ReportingDescriptor {
	title := cmp.Or(r.Title, r.ID)
	description := cmp.Or(r.Description, title)
	d := sarif.NewRule(r.ID).
		WithShortDescription(sarif.NewMultiformatMessageString(title)).
		WithFullDescription(sarif.NewMultiformatMessageString(description)).
		WithHelp(help(description, r.Remediation, r.References)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(level(r.Severity))).
		WithProperties(sarif.Properties{
			"tags":              tags(r),
			"precision":         "high",
			"problem.severity":  problemSeverity(r.Severity),
			"security-severity": securitySeverity(r.Severity),
		})
	if name := ruleName(r.Title); name != "" {
		d.WithName(name)
	}
	if i := slices.IndexFunc(r.References, isWebURL); i >= 0 {
		d.WithHelpURI(r.References[i])
	}
	return d
}

// help is the rule help that GitHub shows under an alert: the description,
// the remediation, and in Markdown the references as links.
func help(description, remediation string, references []string) *sarif.MultiformatMessageString {
	text := description
	markdown := description
	if remediation != "" {
		text += "\n\nRemediation: " + remediation
		markdown += "\n\n**Remediation**\n\n" + remediation
	}
	if len(references) > 0 {
		markdown += "\n\n**References**\n"
		for _, ref := range references {
			if isWebURL(ref) {
				// An autolink, because a URL may hold the ")" that would
				// end an inline link early.
				markdown += "\n- <" + ref + ">"
			} else {
				markdown += "\n- " + ref
			}
		}
	}
	return &sarif.MultiformatMessageString{Text: &text, Markdown: &markdown}
}

// tags lets GitHub file the rule's alerts under security and filter them by
// input kind. The schema wants the tags distinct.
func tags(r *model.Rule) []string {
	all := append([]string{"security", string(r.Input)}, r.Tags...)
	out := make([]string, 0, len(all))
	for _, t := range all {
		if t != "" && !slices.Contains(out, t) && len(out) < maxTags {
			out = append(out, t)
		}
	}
	return out
}

// ruleName turns a title into the CamelCase name SARIF viewers show beside
// the id: "S3 bucket made public by ACL" becomes "S3BucketMadePublicByACL".
// Words keep their own capitals, so acronyms survive.
func ruleName(title string) string {
	title = strings.NewReplacer("'", "", "\u2019", "").Replace(title)
	var b strings.Builder
	for _, word := range strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		r, size := utf8.DecodeRuneInString(word)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(word[size:])
	}
	return b.String()
}

func newResult(f *model.Finding, index map[string]int) *sarif.Result {
	r := sarif.NewRuleResult(f.RuleID).
		WithLevel(resultLevel(f)).
		WithMessage(sarif.NewTextMessage(message(f)))
	if i, ok := index[f.RuleID]; ok {
		r.WithRuleIndex(i)
	}

	loc := sarif.NewLocationWithPhysicalLocation(physicalLocation(f))
	if f.Resource != "" {
		loc.WithLogicalLocations([]*sarif.LogicalLocation{sarif.NewLogicalLocation().WithFullyQualifiedName(f.Resource)})
	}
	r.WithLocations([]*sarif.Location{loc})

	if f.Fingerprint != "" {
		r.WithPartialFingerPrints(map[string]any{fingerprintKey: f.Fingerprint})
	}
	if s := f.Suppression; s != nil {
		kind := "external"
		if s.Kind == "inSource" {
			kind = "inSource"
		}
		sup := sarif.NewSuppression(kind).WithStatus("accepted")
		if s.Justification != "" {
			sup.WithJustifcation(s.Justification)
		}
		if s.File != "" && s.Line > 0 {
			sup.WithLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
				WithArtifactLocation(artifactLocation(s.File)).
				WithRegion(sarif.NewRegion().WithStartLine(s.Line))))
		}
		r.WithSuppression([]*sarif.Suppression{sup})
	}
	return r
}

// message is the result's text; SARIF requires one, so an empty message
// falls back to the rule id.
func message(f *model.Finding) string {
	return cmp.Or(f.Message, f.RuleID)
}

func physicalLocation(f *model.Finding) *sarif.PhysicalLocation {
	// GitHub rejects a result without a start line (GH1003); a finding
	// that could not be placed is about the file, so it points at line 1.
	start := max(f.StartLine, 1)
	region := sarif.NewRegion().WithStartLine(start)
	if f.EndLine >= start {
		region.WithEndLine(f.EndLine)
	}
	if f.StartCol > 0 {
		region.WithStartColumn(f.StartCol)
	}
	// An end column only makes sense after the start column; an empty or
	// inverted span on one line is left to run to the end of the line.
	if f.EndCol > 0 && (f.EndLine > start || f.EndCol > f.StartCol) {
		region.WithEndColumn(f.EndCol)
	}
	if f.Snippet != "" {
		region.WithSnippet(sarif.NewArtifactContent().WithText(f.Snippet))
	}
	return sarif.NewPhysicalLocation().WithArtifactLocation(artifactLocation(f.File)).WithRegion(region)
}

// artifactLocation locates a slash-separated path relative to the scanned
// directory, as a URI reference: spaces, "%" and "#" are escaped, and a
// first segment with a colon is prefixed with "./" so it cannot read as a
// scheme.
func artifactLocation(path string) *sarif.ArtifactLocation {
	return sarif.NewSimpleArtifactLocation((&url.URL{Path: path}).String()).WithUriBaseId(srcRoot)
}

func rootLocation(root string, opts Options) *sarif.ArtifactLocation {
	loc := sarif.NewArtifactLocation().WithDescriptionText("The directory platlint scanned; artifact URIs are relative to it.")
	if opts.OmitRootURI || root == "" {
		return loc
	}
	if uri, err := rootURI(root); err == nil {
		loc.WithUri(uri)
	}
	return loc
}

// rootURI returns the file:// URI of the directory root, ending in a slash
// as SARIF requires of a base URI.
func rootURI(root string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/src becomes /C:/src, as in file:///C:/src/
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String(), nil
}

func ruleReference(id string, index map[string]int) *sarif.ReportingDescriptorReference {
	ref := sarif.NewReportingDescriptorReference().WithId(id)
	if i, ok := index[id]; ok {
		ref.WithIndex(i)
	}
	return ref
}

// level is the SARIF level of a severity.
func level(s model.Severity) string {
	switch {
	case s >= model.SeverityHigh:
		return "error"
	case s == model.SeverityMedium:
		return "warning"
	default:
		return "note"
	}
}

// resultLevel is the level of one finding. Advisory findings never fail a
// run, so they are at most warnings, whatever the rule's severity.
func resultLevel(f *model.Finding) string {
	l := level(f.Severity)
	if f.Advisory && l == "error" {
		return "warning"
	}
	return l
}

// problemSeverity is the severity GitHub shows for rules that are not
// security rules, and CodeQL's name for it.
func problemSeverity(s model.Severity) string {
	switch {
	case s >= model.SeverityHigh:
		return "error"
	case s == model.SeverityMedium:
		return "warning"
	default:
		return "recommendation"
	}
}

// securitySeverity is the CVSS-like score, written as a string, that GitHub
// turns into an alert's security severity: over 9.0 is critical, 7.0 to 8.9
// high, 4.0 to 6.9 medium, and 3.9 or less low. Each score sits inside its
// band rather than on an edge, so that no rounding can move it.
func securitySeverity(s model.Severity) string {
	var score float64
	switch {
	case s >= model.SeverityCritical:
		score = 9.5
	case s == model.SeverityHigh:
		score = 8.0
	case s == model.SeverityMedium:
		score = 5.5
	default:
		score = 3.0
	}
	return strconv.FormatFloat(score, 'f', 1, 64)
}

// toolVersion is the version as SARIF wants it: the SARIF multitool's
// SARIF2005 asks for a version that starts with a number, so that consumers
// can compare versions, and so a release tag's leading "v" is dropped.
// Builds without a release version ("dev", a commit hash) keep their name,
// which is more useful than a made-up number.
func toolVersion(v string) string {
	if len(v) > 1 && v[0] == 'v' && v[1] >= '0' && v[1] <= '9' {
		return v[1:]
	}
	return v
}

func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// semverRE is the regular expression semver.org gives for SemVer 2.0.0.
var semverRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
	`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
	`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

func ptr[T any](v T) *T { return &v }

// dropNullMembers rewrites compact or indented JSON without the object
// members whose value is null, keeping the order of everything else.
func dropNullMembers(data []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var out bytes.Buffer
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if err := copyValue(&out, dec, tok); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// copyValue writes the value that starts with tok, reading the rest of it
// from dec.
func copyValue(out *bytes.Buffer, dec *json.Decoder, tok json.Token) error {
	switch t := tok.(type) {
	case json.Delim:
		return copyComposite(out, dec, t)
	case string:
		return writeString(out, t)
	case json.Number:
		out.WriteString(t.String())
	case bool:
		out.WriteString(strconv.FormatBool(t))
	case nil:
		out.WriteString("null")
	default:
		return fmt.Errorf("unexpected JSON token %v", tok)
	}
	return nil
}

func copyComposite(out *bytes.Buffer, dec *json.Decoder, open json.Delim) error {
	out.WriteRune(rune(open))
	for n := 0; dec.More(); {
		var key json.Token
		if open == '{' {
			var err error
			if key, err = dec.Token(); err != nil {
				return err
			}
		}
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		if open == '{' && tok == nil {
			continue
		}
		if n > 0 {
			out.WriteByte(',')
		}
		n++
		if open == '{' {
			if err := writeString(out, key.(string)); err != nil {
				return err
			}
			out.WriteByte(':')
		}
		if err := copyValue(out, dec, tok); err != nil {
			return err
		}
	}
	closing, err := dec.Token()
	if err != nil {
		return err
	}
	out.WriteRune(rune(closing.(json.Delim)))
	return nil
}

func writeString(out *bytes.Buffer, s string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return err
	}
	out.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return nil
}
