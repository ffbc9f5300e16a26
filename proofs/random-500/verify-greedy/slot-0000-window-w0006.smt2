(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_305 () Int)
(declare-fun phase_313 () Int)
(declare-fun phase_316 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_324 () Int)
(declare-fun phase_326 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_332 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_339 () Int)
(declare-fun phase_344 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_348 () Int)
(declare-fun phase_357 () Int)
(declare-fun phase_361 () Int)
(declare-fun phase_365 () Int)
(declare-fun phase_366 () Int)
(declare-fun phase_369 () Int)
(declare-fun phase_371 () Int)
(declare-fun phase_376 () Int)
(declare-fun phase_377 () Int)
(declare-fun phase_381 () Int)
(declare-fun phase_384 () Int)
(declare-fun phase_385 () Int)
(declare-fun phase_386 () Int)
(declare-fun phase_387 () Int)
(declare-fun phase_392 () Int)
(declare-fun phase_395 () Int)
(declare-fun phase_416 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_435 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_305 24))
(assert
 (= phase_313 24))
(assert
 (= phase_316 24))
(assert
 (= phase_321 24))
(assert
 (= phase_324 26))
(assert
 (= phase_326 24))
(assert
 (= phase_327 24))
(assert
 (= phase_332 26))
(assert
 (= phase_334 24))
(assert
 (= phase_339 26))
(assert
 (= phase_344 24))
(assert
 (= phase_345 24))
(assert
 (= phase_348 26))
(assert
 (= phase_357 26))
(assert
 (= phase_361 26))
(assert
 (= phase_365 26))
(assert
 (= phase_366 26))
(assert
 (= phase_369 24))
(assert
 (= phase_371 26))
(assert
 (= phase_376 26))
(assert
 (= phase_377 26))
(assert
 (= phase_381 26))
(assert
 (= phase_384 26))
(assert
 (= phase_385 24))
(assert
 (= phase_386 26))
(assert
 (= phase_387 26))
(assert
 (= phase_392 26))
(assert
 (= phase_395 26))
(assert
 (= phase_416 26))
(assert
 (= phase_431 26))
(assert
 (= phase_435 26))
(assert
 (let ((?x4082 (ite (and (and true (<= (- 1) 21)) (< 21 536870911)) x_0 0.0)))
 (= window_start_contents ?x4082)))
(assert
 (let (($x123385 (and (distinct window_start_contents read_value) true)))
 (let (($x10461 (or (not (and (and true (> boundary 21)) (<= boundary 25))) $x123385)))
 (let (($x112500 (= read_value x_0)))
 (let (($x33078 (and (and (= read_index 243) (not false)) (= boundary (- phase_435 1)))))
 (let (($x130711 (and (and (= read_index 241) (not false)) (= boundary (- phase_431 1)))))
 (let (($x115686 (and (and (= read_index 236) (not false)) (= boundary (- phase_416 1)))))
 (let (($x129337 (and (and (= read_index 227) (not false)) (= boundary (- phase_395 1)))))
 (let (($x23457 (and (and (= read_index 225) (not false)) (= boundary (- phase_392 1)))))
 (let (($x131966 (and (and (= read_index 222) (not false)) (= boundary (- phase_387 1)))))
 (let (($x9026 (and (and (= read_index 221) (not false)) (= boundary (- phase_386 1)))))
 (let (($x99211 (and (and (= read_index 220) (not false)) (= boundary (- phase_385 1)))))
 (let (($x101200 (and (and (= read_index 219) (not false)) (= boundary (- phase_384 1)))))
 (let (($x16331 (and (and (= read_index 217) (not false)) (= boundary (- phase_381 1)))))
 (let (($x101161 (and (and (= read_index 214) (not false)) (= boundary (- phase_377 1)))))
 (let (($x113594 (and (and (= read_index 213) (not false)) (= boundary (- phase_376 1)))))
 (let (($x106666 (and (and (= read_index 211) (not false)) (= boundary (- phase_371 1)))))
 (let (($x58191 (and (and (= read_index 209) (not false)) (= boundary (- phase_369 1)))))
 (let (($x22736 (and (and (= read_index 206) (not false)) (= boundary (- phase_366 1)))))
 (let (($x118148 (and (and (= read_index 205) (not false)) (= boundary (- phase_365 1)))))
 (let (($x131352 (and (and (= read_index 202) (not false)) (= boundary (- phase_361 1)))))
 (let (($x23067 (and (and (= read_index 199) (not false)) (= boundary (- phase_357 1)))))
 (let (($x55900 (and (and (= read_index 196) (not false)) (= boundary (- phase_348 1)))))
 (let (($x131190 (and (and (= read_index 193) (not false)) (= boundary (- phase_345 1)))))
 (let (($x29208 (and (and (= read_index 192) (not false)) (= boundary (- phase_344 1)))))
 (let (($x130715 (and (and (= read_index 191) (not false)) (= boundary (- phase_339 1)))))
 (let (($x115647 (and (and (= read_index 189) (not false)) (= boundary (- phase_334 1)))))
 (let (($x118111 (and (and (= read_index 188) (not false)) (= boundary (- phase_332 1)))))
 (let (($x112365 (and (and (= read_index 186) (not false)) (= boundary (- phase_327 1)))))
 (let (($x114996 (and (and (= read_index 185) (not false)) (= boundary (- phase_326 1)))))
 (let (($x121211 (and (and (= read_index 183) (not false)) (= boundary (- phase_324 1)))))
 (let (($x30917 (and (and (= read_index 182) (not false)) (= boundary (- phase_321 1)))))
 (let (($x124870 (and (and (= read_index 181) (not false)) (= boundary (- phase_316 1)))))
 (let (($x128810 (and (and (= read_index 180) (not false)) (= boundary (- phase_313 1)))))
 (let (($x114437 (and (and (= read_index 175) (not false)) (= boundary (- phase_305 1)))))
 (let (($x50815 (or (and $x114437 $x112500) (and $x128810 $x112500) (and $x124870 $x112500) (and $x30917 $x112500) (and $x121211 $x112500) (and $x114996 $x112500) (and $x112365 $x112500) (and $x118111 $x112500) (and $x115647 $x112500) (and $x130715 $x112500) (and $x29208 $x112500) (and $x131190 $x112500) (and $x55900 $x112500) (and $x23067 $x112500) (and $x131352 $x112500) (and $x118148 $x112500) (and $x22736 $x112500) (and $x58191 $x112500) (and $x106666 $x112500) (and $x113594 $x112500) (and $x101161 $x112500) (and $x16331 $x112500) (and $x101200 $x112500) (and $x99211 $x112500) (and $x9026 $x112500) (and $x131966 $x112500) (and $x23457 $x112500) (and $x129337 $x112500) (and $x115686 $x112500) (and $x130711 $x112500) (and $x33078 $x112500))))
 (let (($x97866 (and $x50815 $x10461)))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x113303 (and (distinct window_start_contents ?x37503) true)))
 (let (($x21359 (<= boundary 25)))
 (let (($x10494 (> boundary 21)))
 (let (($x17632 (and true $x10494)))
 (let (($x28007 (and $x17632 $x21359)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x29931 (and $x42862 $x28007)))
 (let (($x47146 (and $x29931 $x113303)))
 (or $x47146 $x97866))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
