(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_51 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_173 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_51 4))
(assert
 (= phase_52 6))
(assert
 (= phase_55 6))
(assert
 (= phase_56 4))
(assert
 (= phase_57 6))
(assert
 (= phase_58 6))
(assert
 (= phase_59 6))
(assert
 (= phase_61 6))
(assert
 (= phase_66 6))
(assert
 (= phase_69 6))
(assert
 (= phase_71 6))
(assert
 (= phase_73 4))
(assert
 (= phase_74 6))
(assert
 (= phase_75 6))
(assert
 (= phase_76 4))
(assert
 (= phase_77 6))
(assert
 (= phase_82 4))
(assert
 (= phase_83 6))
(assert
 (= phase_84 6))
(assert
 (= phase_85 6))
(assert
 (= phase_86 6))
(assert
 (= phase_87 6))
(assert
 (= phase_88 6))
(assert
 (= phase_89 4))
(assert
 (= phase_92 4))
(assert
 (= phase_93 6))
(assert
 (= phase_97 6))
(assert
 (= phase_99 6))
(assert
 (= phase_103 6))
(assert
 (= phase_107 6))
(assert
 (= phase_109 6))
(assert
 (= phase_125 6))
(assert
 (= phase_126 6))
(assert
 (= phase_127 6))
(assert
 (= phase_137 6))
(assert
 (= phase_148 6))
(assert
 (= phase_149 6))
(assert
 (= phase_173 4))
(assert
 (let ((?x88355 (ite (and (and true (<= (- 1) 1)) (< 1 536870911)) x_0 0.0)))
 (= window_start_contents ?x88355)))
(assert
 (let (($x118350 (or (not (and (and true (> boundary 1)) (<= boundary 5))) (and (distinct window_start_contents read_value) true))))
 (let (($x112500 (= read_value x_0)))
 (let (($x42217 (and (and (= read_index 101) (not false)) (= boundary (- phase_173 1)))))
 (let (($x130688 (and (and (= read_index 89) (not false)) (= boundary (- phase_149 1)))))
 (let (($x130032 (and (and (= read_index 88) (not false)) (= boundary (- phase_148 1)))))
 (let (($x58005 (and (and (= read_index 80) (not false)) (= boundary (- phase_137 1)))))
 (let (($x48388 (and (and (= read_index 73) (not false)) (= boundary (- phase_127 1)))))
 (let (($x48896 (and (and (= read_index 72) (not false)) (= boundary (- phase_126 1)))))
 (let (($x48888 (and (and (= read_index 71) (not false)) (= boundary (- phase_125 1)))))
 (let (($x55522 (and (and (= read_index 63) (not false)) (= boundary (- phase_109 1)))))
 (let (($x39360 (and (and (= read_index 62) (not false)) (= boundary (- phase_107 1)))))
 (let (($x44662 (and (and (= read_index 58) (not false)) (= boundary (- phase_103 1)))))
 (let (($x25639 (and (and (= read_index 56) (not false)) (= boundary (- phase_99 1)))))
 (let (($x21104 (and (and (= read_index 55) (not false)) (= boundary (- phase_97 1)))))
 (let (($x16411 (and (and (= read_index 54) (not false)) (= boundary (- phase_93 1)))))
 (let (($x22909 (and (and (= read_index 53) (not false)) (= boundary (- phase_92 1)))))
 (let (($x99443 (and (and (= read_index 52) (not false)) (= boundary (- phase_89 1)))))
 (let (($x37330 (and (and (= read_index 51) (not false)) (= boundary (- phase_88 1)))))
 (let (($x32741 (and (and (= read_index 50) (not false)) (= boundary (- phase_87 1)))))
 (let (($x15230 (and (and (= read_index 49) (not false)) (= boundary (- phase_86 1)))))
 (let (($x57159 (and (and (= read_index 48) (not false)) (= boundary (- phase_85 1)))))
 (let (($x508 (and (and (= read_index 47) (not false)) (= boundary (- phase_84 1)))))
 (let (($x28473 (and (and (= read_index 46) (not false)) (= boundary (- phase_83 1)))))
 (let (($x39328 (and (and (= read_index 45) (not false)) (= boundary (- phase_82 1)))))
 (let (($x24905 (and (and (= read_index 44) (not false)) (= boundary (- phase_77 1)))))
 (let (($x53005 (and (and (= read_index 43) (not false)) (= boundary (- phase_76 1)))))
 (let (($x39346 (and (and (= read_index 42) (not false)) (= boundary (- phase_75 1)))))
 (let (($x9803 (and (and (= read_index 41) (not false)) (= boundary (- phase_74 1)))))
 (let (($x39340 (and (and (= read_index 40) (not false)) (= boundary (- phase_73 1)))))
 (let (($x17632 (and (and (= read_index 39) (not false)) (= boundary (- phase_71 1)))))
 (let (($x38497 (and (and (= read_index 38) (not false)) (= boundary (- phase_69 1)))))
 (let (($x32489 (and (and (= read_index 37) (not false)) (= boundary (- phase_66 1)))))
 (let (($x37261 (and (and (= read_index 36) (not false)) (= boundary (- phase_61 1)))))
 (let (($x39044 (and (and (= read_index 35) (not false)) (= boundary (- phase_59 1)))))
 (let (($x30411 (and (and (= read_index 34) (not false)) (= boundary (- phase_58 1)))))
 (let (($x37274 (and (and (= read_index 33) (not false)) (= boundary (- phase_57 1)))))
 (let (($x16751 (and (and (= read_index 32) (not false)) (= boundary (- phase_56 1)))))
 (let (($x130837 (and (and (= read_index 31) (not false)) (= boundary (- phase_55 1)))))
 (let (($x120596 (and (and (= read_index 30) (not false)) (= boundary (- phase_52 1)))))
 (let (($x116496 (and (and (= read_index 29) (not false)) (= boundary (- phase_51 1)))))
 (let (($x121568 (or (and $x116496 $x112500) (and $x120596 $x112500) (and $x130837 $x112500) (and $x16751 $x112500) (and $x37274 $x112500) (and $x30411 $x112500) (and $x39044 $x112500) (and $x37261 $x112500) (and $x32489 $x112500) (and $x38497 $x112500) (and $x17632 $x112500) (and $x39340 $x112500) (and $x9803 $x112500) (and $x39346 $x112500) (and $x53005 $x112500) (and $x24905 $x112500) (and $x39328 $x112500) (and $x28473 $x112500) (and $x508 $x112500) (and $x57159 $x112500) (and $x15230 $x112500) (and $x32741 $x112500) (and $x37330 $x112500) (and $x99443 $x112500) (and $x22909 $x112500) (and $x16411 $x112500) (and $x21104 $x112500) (and $x25639 $x112500) (and $x44662 $x112500) (and $x39360 $x112500) (and $x55522 $x112500) (and $x48888 $x112500) (and $x48896 $x112500) (and $x48388 $x112500) (and $x58005 $x112500) (and $x130032 $x112500) (and $x130688 $x112500) (and $x42217 $x112500))))
 (let (($x113308 (and $x121568 $x118350)))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x113303 (and (distinct window_start_contents ?x37503) true)))
 (let (($x110931 (<= boundary 5)))
 (let (($x109182 (> boundary 1)))
 (let (($x109195 (and true $x109182)))
 (let (($x111471 (and $x109195 $x110931)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x113290 (and $x42862 $x111471)))
 (let (($x113313 (and $x113290 $x113303)))
 (or $x113313 $x113308))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
