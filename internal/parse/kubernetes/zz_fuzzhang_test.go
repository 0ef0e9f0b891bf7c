package kubernetes

import (
	"os"
	"testing"
	"time"

	"github.com/platlint/platlint/internal/model"
)

func FuzzHang(f *testing.F) {
	for _, file := range inputs(f) {
		data, _ := os.ReadFile(file)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tm := time.AfterFunc(2*time.Second, func() {
			os.WriteFile("/tmp/hang-input.bin", data, 0o644)
			panic("hang")
		})
		defer tm.Stop()
		Parse(model.Source{Path: "f.yaml", Data: data})
	})
}
