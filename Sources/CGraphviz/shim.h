#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Graphviz 3 and later: a two-argument gvPluginList, and subgraphs kept in creation order. 2.4x defines no version macro. */
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
#define ARGMAP_GV_MODERN 1
#endif

/* Tiny helpers so Swift never touches Graphviz's C globals or version-dependent signatures directly. */

/* Renders into memory through a stream that grows geometrically. gvRenderData grows its buffer a page at a time,
   which copies the output over and over: on a 5 MB SVG that made in-process rendering 13% slower than `dot`.
   The caller frees *result with free(). */
static inline int argmap_gv_render_stream(GVC_t *gvc, graph_t *g, const char *format, char **result, size_t *length) {
    *result = NULL;
    *length = 0;
    FILE *stream = open_memstream(result, length);
    if (stream == NULL) return -1;
    int rc = gvRender(gvc, g, format, stream);
    if (fclose(stream) != 0) rc = -1;
    return rc;
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

/* ---- Reading DOT text with deterministic object ids ----
 * Graphviz 2.4x gives named objects the address of their interned name as id, and keeps subgraphs ordered by id,
 * so the order of clusters in the output depended on the heap (two renders of the same text in one process could
 * list clusters differently). This id discipline numbers names in order of first appearance instead (even ids),
 * anonymous objects per graph (odd ids), so the same text always gives the same output. */

typedef struct {
    char **names;          /* names[k] has id 2 * (k + 1) */
    size_t count, capacity;
    size_t *slots;         /* open-addressing hash table of k + 1 (0 = empty) */
    size_t slotCount;
    IDTYPE nextAnonymous;
} argmap_gv_idstate;

static inline size_t argmap_gv_hash(const char *s) {
    size_t h = 1469598103934665603ULL;
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
    return h;
}

static inline void *argmap_gv_idopen(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    argmap_gv_idstate *state = (argmap_gv_idstate *)calloc(1, sizeof(argmap_gv_idstate));
    if (state) state->nextAnonymous = 1;
    return state;
}

static inline int argmap_gv_idgrow(argmap_gv_idstate *state) {
    size_t slotCount = state->slotCount ? state->slotCount * 2 : 1024;
    size_t *slots = (size_t *)calloc(slotCount, sizeof(size_t));
    if (!slots) return 0;
    for (size_t k = 0; k < state->count; k++) {
        size_t i = argmap_gv_hash(state->names[k]) & (slotCount - 1);
        while (slots[i]) i = (i + 1) & (slotCount - 1);
        slots[i] = k + 1;
    }
    free(state->slots);
    state->slots = slots;
    state->slotCount = slotCount;
    return 1;
}

static inline long argmap_gv_idmap(void *raw, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    argmap_gv_idstate *state = (argmap_gv_idstate *)raw;
    if (!str) {
        *id = state->nextAnonymous;
        state->nextAnonymous += 2;
        return 1;
    }
    if (state->slotCount) {
        size_t i = argmap_gv_hash(str) & (state->slotCount - 1);
        while (state->slots[i]) {
            size_t k = state->slots[i] - 1;
            if (strcmp(state->names[k], str) == 0) { *id = (IDTYPE)(2 * (k + 1)); return 1; }
            i = (i + 1) & (state->slotCount - 1);
        }
    }
    if (!createflag) { *id = 0; return 1; }
    if ((state->count + 1) * 2 > state->slotCount && !argmap_gv_idgrow(state)) return 0;
    if (state->count == state->capacity) {
        size_t capacity = state->capacity ? state->capacity * 2 : 256;
        char **names = (char **)realloc(state->names, capacity * sizeof(char *));
        if (!names) return 0;
        state->names = names;
        state->capacity = capacity;
    }
    char *copy = strdup(str);
    if (!copy) return 0;
    size_t k = state->count++;
    state->names[k] = copy;
    size_t i = argmap_gv_hash(copy) & (state->slotCount - 1);
    while (state->slots[i]) i = (i + 1) & (state->slotCount - 1);
    state->slots[i] = k + 1;
    *id = (IDTYPE)(2 * (k + 1));
    return 1;
}

static inline long argmap_gv_idalloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}

static inline void argmap_gv_idfree(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }

static inline char *argmap_gv_idprint(void *raw, int objtype, IDTYPE id) {
    (void)objtype;
    argmap_gv_idstate *state = (argmap_gv_idstate *)raw;
    if (id == 0 || id % 2 == 1) return NULL;
    size_t k = (size_t)(id / 2) - 1;
    return k < state->count ? state->names[k] : NULL;
}

static inline void argmap_gv_idclose(void *raw) {
    argmap_gv_idstate *state = (argmap_gv_idstate *)raw;
    if (!state) return;
    for (size_t k = 0; k < state->count; k++) free(state->names[k]);
    free(state->names);
    free(state->slots);
    free(state);
}

static inline void argmap_gv_idregister(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }

typedef struct { const char *data; size_t length, position; } argmap_gv_reader;

/* Hands the lexer one line at a time, like agmemread's reader. */
static inline int argmap_gv_memread(void *chan, char *buf, int bufsize) {
    argmap_gv_reader *reader = (argmap_gv_reader *)chan;
    if (bufsize <= 0 || reader->position >= reader->length) return 0;
    int n = 0;
    char c;
    do {
        c = reader->data[reader->position + n];
        buf[n++] = c;
    } while (c != '\n' && n < bufsize && reader->position + n < reader->length);
    reader->position += n;
    return n;
}

/* Parses DOT text (one graph) with the deterministic id discipline; NULL on a syntax error (reported through
 * the error callback). Graphviz 3 and later order subgraphs by creation already: there, plain agmemread. */
static inline Agraph_t *argmap_gv_read(const char *text) {
#ifdef ARGMAP_GV_MODERN
    return agmemread(text);
#else
    static Agiddisc_t ids = {
        argmap_gv_idopen, argmap_gv_idmap, argmap_gv_idalloc, argmap_gv_idfree,
        argmap_gv_idprint, argmap_gv_idclose, argmap_gv_idregister,
    };
    static Agiodisc_t io;
    io.afread = argmap_gv_memread;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &ids;
    disc.io = &io;
    argmap_gv_reader reader = { text, strlen(text), 0 };
    return agread(&reader, &disc);
#endif
}
