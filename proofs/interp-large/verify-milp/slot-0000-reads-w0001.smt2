(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_41 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_229 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_231 () Int)
(declare-fun phase_232 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_234 () Int)
(declare-fun phase_235 () Int)
(declare-fun phase_236 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_238 () Int)
(declare-fun phase_239 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_241 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_781 () Int)
(declare-fun phase_782 () Int)
(declare-fun phase_789 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_41 10))
(assert
 (= phase_46 12))
(assert
 (= phase_229 12))
(assert
 (= phase_230 12))
(assert
 (= phase_231 12))
(assert
 (= phase_232 12))
(assert
 (= phase_233 12))
(assert
 (= phase_234 12))
(assert
 (= phase_235 12))
(assert
 (= phase_236 12))
(assert
 (= phase_237 12))
(assert
 (= phase_238 12))
(assert
 (= phase_239 12))
(assert
 (= phase_240 12))
(assert
 (= phase_241 12))
(assert
 (= phase_242 12))
(assert
 (= phase_243 12))
(assert
 (= phase_244 12))
(assert
 (= phase_781 12))
(assert
 (= phase_782 12))
(assert
 (= phase_789 12))
(assert
 (let ((?x25816 (+ phase_41 1)))
 (let (($x40232 (> ?x25816 (- 1))))
 (let ((?x137954 (ite $x40232 ?x25816 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 9)) (< 9 ?x137954)) x_0 0.0))))))
(assert
 (let (($x155831 (and (distinct window_start_contents read_value) true)))
 (let (($x93767 (not (and (and true (> boundary 9)) (<= boundary 11)))))
 (let (($x92207 (or $x93767 $x155831)))
 (let (($x23999 (= read_value x_0)))
 (let (($x196398 (and (and (= read_index 214) (not false)) (= boundary (- phase_789 1)))))
 (let (($x192247 (and $x196398 $x23999)))
 (let (($x182060 (and (and (= read_index 207) (not false)) (= boundary (- phase_782 1)))))
 (let (($x82485 (and $x182060 $x23999)))
 (let (($x158669 (and (and (= read_index 206) (not false)) (= boundary (- phase_781 1)))))
 (let (($x181507 (and $x158669 $x23999)))
 (let (($x196403 (and (and (= read_index 133) (not false)) (= boundary (- phase_244 1)))))
 (let (($x176694 (and $x196403 $x23999)))
 (let (($x149244 (and (and (= read_index 132) (not false)) (= boundary (- phase_243 1)))))
 (let (($x116940 (and $x149244 $x23999)))
 (let (($x239531 (and (and (= read_index 131) (not false)) (= boundary (- phase_242 1)))))
 (let (($x239615 (and $x239531 $x23999)))
 (let (($x160342 (and (and (= read_index 130) (not false)) (= boundary (- phase_241 1)))))
 (let (($x128589 (and $x160342 $x23999)))
 (let (($x122337 (and (and (= read_index 129) (not false)) (= boundary (- phase_240 1)))))
 (let (($x137185 (and $x122337 $x23999)))
 (let (($x77580 (and (and (= read_index 128) (not false)) (= boundary (- phase_239 1)))))
 (let (($x142105 (and $x77580 $x23999)))
 (let (($x34646 (and (and (= read_index 127) (not false)) (= boundary (- phase_238 1)))))
 (let (($x110040 (and $x34646 $x23999)))
 (let (($x102649 (and (and (= read_index 126) (not false)) (= boundary (- phase_237 1)))))
 (let (($x190784 (and $x102649 $x23999)))
 (let (($x130601 (and (and (= read_index 125) (not false)) (= boundary (- phase_236 1)))))
 (let (($x15183 (and $x130601 $x23999)))
 (let (($x39826 (and (and (= read_index 124) (not false)) (= boundary (- phase_235 1)))))
 (let (($x147985 (and $x39826 $x23999)))
 (let (($x189712 (and (and (= read_index 123) (not false)) (= boundary (- phase_234 1)))))
 (let (($x189652 (and $x189712 $x23999)))
 (let (($x177782 (and (and (= read_index 122) (not false)) (= boundary (- phase_233 1)))))
 (let (($x154339 (and $x177782 $x23999)))
 (let (($x197349 (and (and (= read_index 121) (not false)) (= boundary (- phase_232 1)))))
 (let (($x197406 (and $x197349 $x23999)))
 (let (($x173220 (and (and (= read_index 120) (not false)) (= boundary (- phase_231 1)))))
 (let (($x177651 (and $x173220 $x23999)))
 (let (($x139020 (and (and (= read_index 119) (not false)) (= boundary (- phase_230 1)))))
 (let (($x139805 (and $x139020 $x23999)))
 (let (($x62512 (and (and (= read_index 118) (not false)) (= boundary (- phase_229 1)))))
 (let (($x84434 (and $x62512 $x23999)))
 (let (($x38849 (and (and (= read_index 35) (not false)) (= boundary (- phase_46 1)))))
 (let (($x39129 (and $x38849 $x23999)))
 (let (($x182112 (or $x39129 $x84434 $x139805 $x177651 $x197406 $x154339 $x189652 $x147985 $x15183 $x190784 $x110040 $x142105 $x137185 $x128589 $x239615 $x116940 $x176694 $x181507 $x82485 $x192247)))
 (and $x182112 $x92207)))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
