(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_253 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_257 () Int)
(declare-fun phase_263 () Int)
(declare-fun phase_264 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_275 () Int)
(declare-fun phase_288 () Int)
(declare-fun phase_293 () Int)
(declare-fun phase_299 () Int)
(declare-fun phase_301 () Int)
(declare-fun phase_307 () Int)
(declare-fun phase_309 () Int)
(declare-fun phase_310 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_328 () Int)
(declare-fun phase_346 () Int)
(declare-fun phase_358 () Int)
(declare-fun phase_360 () Int)
(declare-fun phase_362 () Int)
(declare-fun phase_363 () Int)
(declare-fun phase_380 () Int)
(declare-fun phase_382 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_253 22))
(assert
 (= phase_255 20))
(assert
 (= phase_257 20))
(assert
 (= phase_263 22))
(assert
 (= phase_264 22))
(assert
 (= phase_270 22))
(assert
 (= phase_275 22))
(assert
 (= phase_288 22))
(assert
 (= phase_293 22))
(assert
 (= phase_299 20))
(assert
 (= phase_301 20))
(assert
 (= phase_307 22))
(assert
 (= phase_309 22))
(assert
 (= phase_310 22))
(assert
 (= phase_325 20))
(assert
 (= phase_328 20))
(assert
 (= phase_346 22))
(assert
 (= phase_358 22))
(assert
 (= phase_360 22))
(assert
 (= phase_362 22))
(assert
 (= phase_363 22))
(assert
 (= phase_380 22))
(assert
 (= phase_382 22))
(assert
 (let ((?x31836 (ite (and (and true (<= (- 1) 17)) (< 17 536870911)) x_0 0.0)))
 (= window_start_contents ?x31836)))
(assert
 (let (($x123385 (and (distinct window_start_contents read_value) true)))
 (let (($x129408 (or (not (and (and true (> boundary 17)) (<= boundary 21))) $x123385)))
 (let (($x112500 (= read_value x_0)))
 (let (($x6609 (and (and (= read_index 218) (not false)) (= boundary (- phase_382 1)))))
 (let (($x41711 (and (and (= read_index 216) (not false)) (= boundary (- phase_380 1)))))
 (let (($x125354 (and (and (= read_index 204) (not false)) (= boundary (- phase_363 1)))))
 (let (($x59609 (and (and (= read_index 203) (not false)) (= boundary (- phase_362 1)))))
 (let (($x117013 (and (and (= read_index 201) (not false)) (= boundary (- phase_360 1)))))
 (let (($x41498 (and (and (= read_index 200) (not false)) (= boundary (- phase_358 1)))))
 (let (($x47803 (and (and (= read_index 194) (not false)) (= boundary (- phase_346 1)))))
 (let (($x22841 (and (and (= read_index 187) (not false)) (= boundary (- phase_328 1)))))
 (let (($x69516 (and (and (= read_index 184) (not false)) (= boundary (- phase_325 1)))))
 (let (($x10590 (and (and (= read_index 179) (not false)) (= boundary (- phase_310 1)))))
 (let (($x114608 (and (and (= read_index 178) (not false)) (= boundary (- phase_309 1)))))
 (let (($x126010 (and (and (= read_index 177) (not false)) (= boundary (- phase_307 1)))))
 (let (($x68439 (and (and (= read_index 173) (not false)) (= boundary (- phase_301 1)))))
 (let (($x69605 (and (and (= read_index 172) (not false)) (= boundary (- phase_299 1)))))
 (let (($x24555 (and (and (= read_index 170) (not false)) (= boundary (- phase_293 1)))))
 (let (($x53095 (and (and (= read_index 166) (not false)) (= boundary (- phase_288 1)))))
 (let (($x69768 (and (and (= read_index 157) (not false)) (= boundary (- phase_275 1)))))
 (let (($x69515 (and (and (= read_index 156) (not false)) (= boundary (- phase_270 1)))))
 (let (($x65894 (and (and (= read_index 153) (not false)) (= boundary (- phase_264 1)))))
 (let (($x69634 (and (and (= read_index 152) (not false)) (= boundary (- phase_263 1)))))
 (let (($x68666 (and (and (= read_index 149) (not false)) (= boundary (- phase_257 1)))))
 (let (($x130011 (and (and (= read_index 148) (not false)) (= boundary (- phase_255 1)))))
 (let (($x115655 (and (and (= read_index 146) (not false)) (= boundary (- phase_253 1)))))
 (let (($x129077 (or (and $x115655 $x112500) (and $x130011 $x112500) (and $x68666 $x112500) (and $x69634 $x112500) (and $x65894 $x112500) (and $x69515 $x112500) (and $x69768 $x112500) (and $x53095 $x112500) (and $x24555 $x112500) (and $x69605 $x112500) (and $x68439 $x112500) (and $x126010 $x112500) (and $x114608 $x112500) (and $x10590 $x112500) (and $x69516 $x112500) (and $x22841 $x112500) (and $x47803 $x112500) (and $x41498 $x112500) (and $x117013 $x112500) (and $x59609 $x112500) (and $x125354 $x112500) (and $x41711 $x112500) (and $x6609 $x112500))))
 (let (($x116035 (and $x129077 $x129408)))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x113303 (and (distinct window_start_contents ?x37503) true)))
 (let (($x45848 (<= boundary 21)))
 (let (($x45813 (> boundary 17)))
 (let (($x45820 (and true $x45813)))
 (let (($x51530 (and $x45820 $x45848)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x52943 (and $x42862 $x51530)))
 (let (($x56351 (and $x52943 $x113303)))
 (or $x56351 $x116035))))))))))))))))))))))))))))))))))))))))))
(check-sat)
