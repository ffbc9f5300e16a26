(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_11 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_37 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_68 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_11 14))
(assert
 (= phase_24 18))
(assert
 (= phase_25 18))
(assert
 (= phase_34 18))
(assert
 (= phase_35 18))
(assert
 (= phase_37 22))
(assert
 (= phase_38 22))
(assert
 (= phase_44 18))
(assert
 (= phase_45 18))
(assert
 (= phase_47 22))
(assert
 (= phase_48 22))
(assert
 (= phase_54 18))
(assert
 (= phase_55 18))
(assert
 (= phase_57 22))
(assert
 (= phase_58 22))
(assert
 (= phase_67 22))
(assert
 (= phase_68 22))
(assert
 (let ((?x7383 (+ phase_11 1)))
 (let (($x25940 (> ?x7383 (- 1))))
 (let ((?x56138 (ite $x25940 ?x7383 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 13)) (< 13 ?x56138)) x_0 0.0))))))
(assert
 (let (($x22735 (and (distinct window_start_contents read_value) true)))
 (let (($x25966 (not (and (and true (> boundary 13)) (<= boundary 21)))))
 (let (($x9530 (or $x25966 $x22735)))
 (let (($x2131 (= read_value x_0)))
 (let (($x24933 (and (and (= read_index 48) (not false)) (= boundary (- phase_68 1)))))
 (let (($x26081 (and $x24933 $x2131)))
 (let (($x26912 (and (and (= read_index 47) (not false)) (= boundary (- phase_67 1)))))
 (let (($x8058 (and $x26912 $x2131)))
 (let (($x3430 (and (and (= read_index 41) (not false)) (= boundary (- phase_58 1)))))
 (let (($x22629 (and $x3430 $x2131)))
 (let (($x12136 (and (and (= read_index 40) (not false)) (= boundary (- phase_57 1)))))
 (let (($x4065 (and $x12136 $x2131)))
 (let (($x26202 (and (and (= read_index 39) (not false)) (= boundary (- phase_55 1)))))
 (let (($x5995 (and $x26202 $x2131)))
 (let (($x20607 (and (and (= read_index 38) (not false)) (= boundary (- phase_54 1)))))
 (let (($x76556 (and $x20607 $x2131)))
 (let (($x18788 (and (and (= read_index 34) (not false)) (= boundary (- phase_48 1)))))
 (let (($x25658 (and $x18788 $x2131)))
 (let (($x11245 (and (and (= read_index 33) (not false)) (= boundary (- phase_47 1)))))
 (let (($x25237 (and $x11245 $x2131)))
 (let (($x74446 (and (and (= read_index 32) (not false)) (= boundary (- phase_45 1)))))
 (let (($x24543 (and $x74446 $x2131)))
 (let (($x22507 (and (and (= read_index 31) (not false)) (= boundary (- phase_44 1)))))
 (let (($x25299 (and $x22507 $x2131)))
 (let (($x2004 (and (and (= read_index 27) (not false)) (= boundary (- phase_38 1)))))
 (let (($x12245 (and $x2004 $x2131)))
 (let (($x26605 (and (and (= read_index 26) (not false)) (= boundary (- phase_37 1)))))
 (let (($x11451 (and $x26605 $x2131)))
 (let (($x25496 (and (and (= read_index 25) (not false)) (= boundary (- phase_35 1)))))
 (let (($x16770 (and $x25496 $x2131)))
 (let (($x24425 (and (and (= read_index 24) (not false)) (= boundary (- phase_34 1)))))
 (let (($x24537 (and $x24425 $x2131)))
 (let (($x11663 (and (and (= read_index 18) (not false)) (= boundary (- phase_25 1)))))
 (let (($x20600 (and $x11663 $x2131)))
 (let (($x4370 (and (and (= read_index 17) (not false)) (= boundary (- phase_24 1)))))
 (let (($x7119 (and $x4370 $x2131)))
 (let (($x22420 (or $x7119 $x20600 $x24537 $x16770 $x11451 $x12245 $x25299 $x24543 $x25237 $x25658 $x76556 $x5995 $x4065 $x22629 $x8058 $x26081)))
 (and $x22420 $x9530)))))))))))))))))))))))))))))))))))))))
(check-sat)
