package kubernetes

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// kubectl reads manifests with sigs.k8s.io/yaml, which decodes with
// go.yaml.in/yaml/v2 (YAML 1.1: yes/on are booleans, 0777 is octal) and
// then round-trips the result through encoding/json. Positions come from
// yaml.v3 instead, whose own scalar rules are YAML 1.2, so the scalar rules
// of yaml.v2 are reproduced here. Everything in this file mirrors
// go.yaml.in/yaml/v2 v2.4 resolve.go and decode.go for a decode into
// interface{}; scalars_test.go checks the two agree.

// The short tags yaml.v3 puts on explicitly tagged nodes.
const (
	tagStr       = "!!str"
	tagBool      = "!!bool"
	tagInt       = "!!int"
	tagFloat     = "!!float"
	tagNull      = "!!null"
	tagTimestamp = "!!timestamp"
	tagBinary    = "!!binary"
	tagMerge     = "!!merge"
)

type resolveItem struct {
	value any
	tag   string
}

var resolveMap = func() map[string]resolveItem {
	m := make(map[string]resolveItem)
	for _, item := range []struct {
		v   any
		tag string
		l   []string
	}{
		{true, tagBool, []string{"y", "Y", "yes", "Yes", "YES"}},
		{true, tagBool, []string{"true", "True", "TRUE"}},
		{true, tagBool, []string{"on", "On", "ON"}},
		{false, tagBool, []string{"n", "N", "no", "No", "NO"}},
		{false, tagBool, []string{"false", "False", "FALSE"}},
		{false, tagBool, []string{"off", "Off", "OFF"}},
		{nil, tagNull, []string{"", "~", "null", "Null", "NULL"}},
		{math.NaN(), tagFloat, []string{".nan", ".NaN", ".NAN"}},
		{math.Inf(+1), tagFloat, []string{".inf", ".Inf", ".INF"}},
		{math.Inf(+1), tagFloat, []string{"+.inf", "+.Inf", "+.INF"}},
		{math.Inf(-1), tagFloat, []string{"-.inf", "-.Inf", "-.INF"}},
		{"<<", tagMerge, []string{"<<"}},
	} {
		for _, s := range item.l {
			m[s] = resolveItem{item.v, item.tag}
		}
	}
	return m
}()

// resolveHint classifies a plain scalar by its first byte, as yaml.v2's
// resolveTable does: 'S' sign, 'D' digit, 'M' maybe in resolveMap, '.'
// float, 0 always a string.
func resolveHint(c byte) byte {
	switch {
	case c == '+' || c == '-':
		return 'S'
	case c >= '0' && c <= '9':
		return 'D'
	case strings.IndexByte("yYnNtTfFoO~", c) >= 0:
		return 'M'
	case c == '.':
		return '.'
	}
	return 0
}

func resolvableTag(tag string) bool {
	switch tag {
	case "", tagStr, tagBool, tagInt, tagFloat, tagNull, tagTimestamp:
		return true
	}
	return false
}

var yamlStyleFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// timestamp marks a scalar yaml.v2 recognises as a timestamp; decoded into
// interface{} it stays the string as written.
type timestamp struct{}

// resolve returns the yaml.v2 value of a scalar with the given short tag
// ("" for an untagged plain scalar): nil, bool, int64, uint64, float64,
// string, or timestamp{}.
func resolve(tag, in string) (rtag string, out any, err error) {
	if !resolvableTag(tag) {
		return tag, in, nil
	}
	rtag, out = resolveUntyped(tag, in)
	switch tag {
	case "", rtag, tagStr, tagBinary:
		return rtag, out, nil
	case tagFloat:
		if rtag == tagInt {
			switch v := out.(type) {
			case int64:
				return tagFloat, float64(v), nil
			}
		}
	}
	return "", nil, fmt.Errorf("cannot decode %s `%s` as a %s", rtag, in, tag)
}

func resolveUntyped(tag, in string) (string, any) {
	hint := byte('N')
	if in != "" {
		hint = resolveHint(in[0])
	}
	if hint == 0 || tag == tagStr || tag == tagBinary {
		return tagStr, in
	}
	if item, ok := resolveMap[in]; ok {
		return item.tag, item.value
	}
	switch hint {
	case '.':
		if f, err := strconv.ParseFloat(in, 64); err == nil {
			return tagFloat, f
		}
	case 'D', 'S':
		if tag == "" || tag == tagTimestamp {
			if isTimestamp(in) {
				return tagTimestamp, timestamp{}
			}
		}
		plain := strings.ReplaceAll(in, "_", "")
		if i, err := strconv.ParseInt(plain, 0, 64); err == nil {
			return tagInt, i
		}
		if u, err := strconv.ParseUint(plain, 0, 64); err == nil {
			return tagInt, u
		}
		if yamlStyleFloat.MatchString(plain) {
			if f, err := strconv.ParseFloat(plain, 64); err == nil {
				return tagFloat, f
			}
		}
		if rest, ok := strings.CutPrefix(plain, "0b"); ok {
			if i, err := strconv.ParseInt(rest, 2, 64); err == nil {
				return tagInt, i
			}
			if u, err := strconv.ParseUint(rest, 2, 64); err == nil {
				return tagInt, u
			}
		} else if rest, ok := strings.CutPrefix(plain, "-0b"); ok {
			if i, err := strconv.ParseInt("-"+rest, 2, 64); err == nil {
				return tagInt, i
			}
		}
	}
	return tagStr, in
}

// timestampFormats are the layouts yaml.v2 accepts as timestamps.
var timestampFormats = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

func isTimestamp(s string) bool {
	// Every format starts with four digits and a dash.
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return false
	}
	for _, f := range timestampFormats {
		if _, err := time.Parse(f, s); err == nil {
			return true
		}
	}
	return false
}

// scalar returns the yaml.v2 value of a scalar node's text. tagged is the
// explicit tag, if any; plain is true for an unquoted, non-block scalar
// without the non-specific "!" tag.
func scalar(tag string, tagged, plain bool, value string) (any, error) {
	if !tagged && !plain {
		return value, nil
	}
	if !tagged {
		tag = ""
	}
	rtag, out, err := resolve(tag, value)
	if err != nil {
		return nil, err
	}
	switch rtag {
	case tagBinary:
		b, err := base64.StdEncoding.DecodeString(value)
		if err != nil {
			return nil, fmt.Errorf("!!binary value contains invalid base64 data")
		}
		return string(b), nil
	case tagTimestamp:
		return value, nil
	}
	return out, nil
}

// jsonValue converts a yaml.v2 scalar to what encoding/json would give
// back after sigs.k8s.io/yaml marshals it and a decoder with UseNumber
// reads it again.
func jsonValue(v any) (any, error) {
	switch v := v.(type) {
	case int64:
		return json.Number(strconv.FormatInt(v, 10)), nil
	case uint64:
		return json.Number(strconv.FormatUint(v, 10)), nil
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, fmt.Errorf("%v cannot be represented in JSON, so kubectl rejects the manifest", v)
		}
		return json.Number(formatFloat(v)), nil
	case string:
		return validUTF8(v), nil
	}
	return v, nil
}

// formatFloat writes f as encoding/json does.
func formatFloat(f float64) string {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(nil, f, format, -1, 64)
	if format == 'e' {
		// Clean up e-09 to e-9, as encoding/json does.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return string(b)
}

// validUTF8 replaces each invalid byte with U+FFFD, as encoding/json does
// when it marshals a string (only !!binary data can be invalid here).
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// keyString converts a yaml.v2 map key to the JSON object key that
// sigs.k8s.io/yaml makes of it.
func keyString(k any) (string, error) {
	switch k := k.(type) {
	case string:
		return validUTF8(k), nil
	case int64:
		return strconv.FormatInt(k, 10), nil
	case float64:
		s := strconv.FormatFloat(k, 'g', -1, 32)
		switch s {
		case "+Inf":
			s = ".inf"
		case "-Inf":
			s = "-.inf"
		case "NaN":
			s = ".nan"
		}
		return s, nil
	case bool:
		return strconv.FormatBool(k), nil
	case nil:
		return "", fmt.Errorf("unsupported map key null")
	}
	return "", fmt.Errorf("unsupported map key of type %T: %v", k, k)
}
