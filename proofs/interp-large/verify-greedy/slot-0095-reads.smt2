(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_238 () Int)
(declare-fun phase_782 () Int)
(declare-fun phase_790 () Int)
(declare-fun phase_797 () Int)
(declare-fun phase_803 () Int)
(declare-fun phase_808 () Int)
(declare-fun phase_812 () Int)
(declare-fun phase_815 () Int)
(declare-fun phase_983 () Int)
(declare-fun phase_985 () Int)
(declare-fun phase_987 () Int)
(declare-fun phase_988 () Int)
(declare-fun phase_1093 () Int)
(declare-fun read_value () Real)
(declare-fun x_121 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_52 10))
(assert
 (= phase_109 14))
(assert
 (= phase_110 14))
(assert
 (= phase_112 15))
(assert
 (= phase_141 10))
(assert
 (= phase_142 10))
(assert
 (= phase_143 10))
(assert
 (= phase_185 42))
(assert
 (= phase_209 46))
(assert
 (= phase_238 12))
(assert
 (= phase_782 12))
(assert
 (= phase_790 12))
(assert
 (= phase_797 12))
(assert
 (= phase_803 12))
(assert
 (= phase_808 12))
(assert
 (= phase_812 12))
(assert
 (= phase_815 12))
(assert
 (= phase_983 46))
(assert
 (= phase_985 50))
(assert
 (= phase_987 18))
(assert
 (= phase_988 18))
(assert
 (= phase_1093 10))
(assert
 (let ((?x61259 (* (- 1.0) x_121)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x85882 (ite $x251235 ?x61259 0.0)))
 (let (($x106083 (>= boundary 9)))
 (let ((?x35490 (ite $x106083 (* 1.0 x_121) 0.0)))
 (let ((?x88766 (+ ?x35490 ?x85882)))
 (let (($x77691 (= read_value x_121)))
 (let (($x207995 (and (and (= read_index 21) (not false)) (= boundary (- phase_1093 1)))))
 (let (($x146726 (and (and (= read_index 20) (not false)) (= boundary (- phase_988 1)))))
 (let (($x259412 (and (and (= read_index 19) (not false)) (= boundary (- phase_987 1)))))
 (let (($x11813 (and (and (= read_index 18) (not false)) (= boundary (- phase_985 1)))))
 (let (($x122168 (and (and (= read_index 17) (not false)) (= boundary (- phase_983 1)))))
 (let (($x274730 (and (and (= read_index 16) (not false)) (= boundary (- phase_815 1)))))
 (let (($x88533 (and (and (= read_index 15) (not false)) (= boundary (- phase_812 1)))))
 (let (($x182587 (and (and (= read_index 14) (not false)) (= boundary (- phase_808 1)))))
 (let (($x33314 (and (and (= read_index 13) (not false)) (= boundary (- phase_803 1)))))
 (let (($x87631 (and (and (= read_index 12) (not false)) (= boundary (- phase_797 1)))))
 (let (($x186951 (and (and (= read_index 11) (not false)) (= boundary (- phase_790 1)))))
 (let (($x113869 (and (and (= read_index 10) (not false)) (= boundary (- phase_782 1)))))
 (let (($x219346 (and (and (= read_index 9) (not false)) (= boundary (- phase_238 1)))))
 (let (($x110168 (and (and (= read_index 8) (not false)) (= boundary (- phase_209 1)))))
 (let (($x70885 (and (and (= read_index 7) (not false)) (= boundary (- phase_185 1)))))
 (let (($x106474 (and (and (= read_index 6) (not false)) (= boundary (- phase_143 1)))))
 (let (($x103616 (and (and (= read_index 5) (not false)) (= boundary (- phase_142 1)))))
 (let (($x5880 (and (and (= read_index 4) (not false)) (= boundary (- phase_141 1)))))
 (let (($x144657 (= read_index 3)))
 (let (($x263267 (and (and $x144657 (not (= phase_48 (- phase_112 1)))) (= boundary (- phase_112 2)))))
 (let (($x154306 (and (and (= read_index 2) (not false)) (= boundary (- phase_110 1)))))
 (let (($x128118 (and (and (= read_index 1) (not false)) (= boundary (- phase_109 1)))))
 (let (($x59301 (and (and (= read_index 0) (not false)) (= boundary (- phase_52 1)))))
 (let (($x218197 (or (and $x59301 $x77691) (and $x128118 $x77691) (and $x154306 $x77691) (and $x263267 $x77691) (and $x5880 $x77691) (and $x103616 $x77691) (and $x106474 $x77691) (and $x70885 $x77691) (and $x110168 $x77691) (and $x219346 $x77691) (and $x113869 $x77691) (and $x186951 $x77691) (and $x87631 $x77691) (and $x33314 $x77691) (and $x182587 $x77691) (and $x88533 $x77691) (and $x274730 $x77691) (and $x122168 $x77691) (and $x11813 $x77691) (and $x259412 $x77691) (and $x146726 $x77691) (and $x207995 $x77691))))
 (and $x218197 (and (distinct ?x88766 read_value) true))))))))))))))))))))))))))))))))))
(check-sat)
