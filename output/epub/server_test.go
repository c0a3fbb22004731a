package epub

import (
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// countingServer is a local HTTP server that counts the requests it gets.
type countingServer struct {
	*httptest.Server
	hits atomic.Int64
}

func newCountingServer(t *testing.T) *countingServer {
	s := &countingServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits.Add(1)
		w.Write([]byte("x"))
	}))
	t.Cleanup(s.Close)
	return s
}
