/* Software prefetch for Swift, which has no intrinsic for it: a hint that the cache line holding `address` will be
   read soon (a hash table's slot whose key is known a few lines of input ahead). It never faults, whatever the
   address, and changes no result, only when the line arrives. */
static inline void argmap_prefetch(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0, 3);
#else
    (void)address;
#endif
}
