#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>

/* Graphviz 3 and later: size_t lengths and a two-argument gvPluginList. 2.4x defines no version macro. */
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
#define ARGMAP_GV_MODERN 1
#endif

/* Tiny helpers so Swift never touches Graphviz's C globals or version-dependent signatures directly. */

/* The graph description for a directed graph (the C global `Agdirected` trips Swift's strict concurrency). */
static inline Agdesc_t argmap_gv_directed(void) { return Agdirected; }

/* gvRenderData's length is `unsigned int *` in 2.42 and `size_t *` in Graphviz 14: callers always get a size_t. */
static inline int argmap_gv_render_data(GVC_t *gvc, graph_t *g, const char *format, char **result, size_t *length) {
#ifdef ARGMAP_GV_MODERN
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return rc;
#endif
}

/* Whether a plugin `name` of `kind` ("layout", "device", "render", ...) is available. Frees the list it reads. */
static inline int argmap_gv_has_plugin(GVC_t *gvc, const char *kind, const char *name) {
    int count = 0;
#ifdef ARGMAP_GV_MODERN
    char **list = gvPluginList(gvc, kind, &count);
#else
    char **list = gvPluginList(gvc, kind, &count, NULL);
#endif
    int found = 0;
    if (list == NULL) return 0;
    for (int i = 0; i < count; i++) {
        if (list[i] != NULL) {
            /* Entries may read "name" or "name:package". */
            size_t n = strlen(name);
            if (strncmp(list[i], name, n) == 0 && (list[i][n] == '\0' || list[i][n] == ':')) found = 1;
            free(list[i]);
        }
    }
    free(list);
    return found;
}

/* Routes Graphviz's messages to `callback` instead of standard error (callers buffer until a newline). */
static inline void argmap_gv_set_error_callback(int (*callback)(char *)) { agseterrf(callback); }

/* Forgets the errors of earlier jobs: `agerrors()` otherwise stays set after a later success. */
static inline void argmap_gv_reset_errors(void) { agreseterrors(); }
