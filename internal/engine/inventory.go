package engine

import (
	"context"
	"fmt"

	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/platlint/platlint/internal/model"
)

// InventoryPath is where cross-document facts live under data:
// data.platlint.inventory.
var InventoryPath = storage.Path{"platlint", "inventory"}

// NeedsInventory reports whether any check reads data.platlint.inventory,
// so that a scan only pays for the two-phase Kubernetes pass when a policy
// uses it.
func (e *Engine) NeedsInventory() bool {
	_, ok := e.kinds[model.KindKubernetes]
	return ok
}

// SetInventory stores the objects of the scan for checks across documents:
// data.platlint.inventory.kubernetes[kind][namespace][name] is each object,
// with namespace "" when the manifest sets none, and complete says whether
// whole directories were scanned, so that such checks can stay quiet on a
// partial view (pre-commit passes single files). It must not run
// concurrently with Evaluate.
func (e *Engine) SetInventory(ctx context.Context, docs []model.Document, complete bool) error {
	kube := map[string]any{}
	for i := range docs {
		d := &docs[i]
		if d.Kind != model.KindKubernetes {
			continue
		}
		kind, _ := d.Input["kind"].(string)
		meta, _ := d.Input["metadata"].(map[string]any)
		name, _ := meta["name"].(string)
		ns, _ := meta["namespace"].(string)
		if kind == "" {
			continue
		}
		byNS, _ := kube[kind].(map[string]any)
		if byNS == nil {
			byNS = map[string]any{}
			kube[kind] = byNS
		}
		byName, _ := byNS[ns].(map[string]any)
		if byName == nil {
			byName = map[string]any{}
			byNS[ns] = byName
		}
		byName[name] = d.Input
	}
	inv := map[string]any{"kubernetes": kube, "complete": complete}
	txn, err := e.store.NewTransaction(ctx, storage.WriteParams)
	if err != nil {
		return err
	}
	if err := storage.MakeDir(ctx, e.store, txn, InventoryPath[:1]); err != nil {
		e.store.Abort(ctx, txn)
		return fmt.Errorf("inventory: %w", err)
	}
	if err := e.store.Write(ctx, txn, storage.AddOp, InventoryPath, inv); err != nil {
		e.store.Abort(ctx, txn)
		return fmt.Errorf("inventory: %w", err)
	}
	return e.store.Commit(ctx, txn)
}
