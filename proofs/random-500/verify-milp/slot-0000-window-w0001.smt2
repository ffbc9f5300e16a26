(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_6 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_56 () Int)
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
(declare-fun phase_137 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_6 6))
(assert
 (= phase_9 4))
(assert
 (= phase_16 4))
(assert
 (= phase_49 4))
(assert
 (= phase_51 4))
(assert
 (= phase_52 6))
(assert
 (= phase_55 6))
(assert
 (= phase_56 4))
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
 (= phase_137 6))
(assert
 (= phase_148 6))
(assert
 (= phase_149 6))
(assert
 (let ((?x99150 (ite (and (and true (<= (- 1) 1)) (< 1 536870911)) x_0 0.0)))
 (= window_start_contents ?x99150)))
(assert
 (let (($x107458 (or (not (and (and true (> boundary 1)) (<= boundary 5))) (and (distinct window_start_contents read_value) true))))
 (let (($x126971 (= read_value x_0)))
 (let (($x108628 (and (and (= read_index 89) (not false)) (= boundary (- phase_149 1)))))
 (let (($x119163 (and (and (= read_index 88) (not false)) (= boundary (- phase_148 1)))))
 (let (($x116648 (and (and (= read_index 80) (not false)) (= boundary (- phase_137 1)))))
 (let (($x129641 (and (and (= read_index 71) (not false)) (= boundary (- phase_125 1)))))
 (let (($x103545 (and (and (= read_index 63) (not false)) (= boundary (- phase_109 1)))))
 (let (($x103516 (and (and (= read_index 62) (not false)) (= boundary (- phase_107 1)))))
 (let (($x8898 (and (and (= read_index 58) (not false)) (= boundary (- phase_103 1)))))
 (let (($x784 (and (and (= read_index 56) (not false)) (= boundary (- phase_99 1)))))
 (let (($x48846 (and (and (= read_index 55) (not false)) (= boundary (- phase_97 1)))))
 (let (($x46818 (and (and (= read_index 54) (not false)) (= boundary (- phase_93 1)))))
 (let (($x68889 (and (and (= read_index 53) (not false)) (= boundary (- phase_92 1)))))
 (let (($x12190 (and (and (= read_index 52) (not false)) (= boundary (- phase_89 1)))))
 (let (($x44264 (and (and (= read_index 51) (not false)) (= boundary (- phase_88 1)))))
 (let (($x8837 (and (and (= read_index 50) (not false)) (= boundary (- phase_87 1)))))
 (let (($x63889 (and (and (= read_index 49) (not false)) (= boundary (- phase_86 1)))))
 (let (($x34190 (and (and (= read_index 48) (not false)) (= boundary (- phase_85 1)))))
 (let (($x50151 (and (and (= read_index 47) (not false)) (= boundary (- phase_84 1)))))
 (let (($x69088 (and (and (= read_index 46) (not false)) (= boundary (- phase_83 1)))))
 (let (($x21270 (and (and (= read_index 45) (not false)) (= boundary (- phase_82 1)))))
 (let (($x47473 (and (and (= read_index 43) (not false)) (= boundary (- phase_76 1)))))
 (let (($x59423 (and (and (= read_index 42) (not false)) (= boundary (- phase_75 1)))))
 (let (($x29221 (and (and (= read_index 41) (not false)) (= boundary (- phase_74 1)))))
 (let (($x2587 (and (and (= read_index 40) (not false)) (= boundary (- phase_73 1)))))
 (let (($x50154 (and (and (= read_index 39) (not false)) (= boundary (- phase_71 1)))))
 (let (($x23565 (and (and (= read_index 38) (not false)) (= boundary (- phase_69 1)))))
 (let (($x9401 (and (and (= read_index 37) (not false)) (= boundary (- phase_66 1)))))
 (let (($x56715 (and (and (= read_index 36) (not false)) (= boundary (- phase_61 1)))))
 (let (($x52112 (and (and (= read_index 35) (not false)) (= boundary (- phase_59 1)))))
 (let (($x55760 (and (and (= read_index 34) (not false)) (= boundary (- phase_58 1)))))
 (let (($x1180 (and (and (= read_index 32) (not false)) (= boundary (- phase_56 1)))))
 (let (($x46840 (and (and (= read_index 31) (not false)) (= boundary (- phase_55 1)))))
 (let (($x66841 (and (and (= read_index 30) (not false)) (= boundary (- phase_52 1)))))
 (let (($x55782 (and (and (= read_index 29) (not false)) (= boundary (- phase_51 1)))))
 (let (($x5499 (and (and (= read_index 28) (not false)) (= boundary (- phase_49 1)))))
 (let (($x22114 (and (and (= read_index 10) (not false)) (= boundary (- phase_16 1)))))
 (let (($x129645 (and (and (= read_index 5) (not false)) (= boundary (- phase_9 1)))))
 (let (($x127944 (and (and (= read_index 2) (not false)) (= boundary (- phase_6 1)))))
 (let (($x107459 (or (and $x127944 $x126971) (and $x129645 $x126971) (and $x22114 $x126971) (and $x5499 $x126971) (and $x55782 $x126971) (and $x66841 $x126971) (and $x46840 $x126971) (and $x1180 $x126971) (and $x55760 $x126971) (and $x52112 $x126971) (and $x56715 $x126971) (and $x9401 $x126971) (and $x23565 $x126971) (and $x50154 $x126971) (and $x2587 $x126971) (and $x29221 $x126971) (and $x59423 $x126971) (and $x47473 $x126971) (and $x21270 $x126971) (and $x69088 $x126971) (and $x50151 $x126971) (and $x34190 $x126971) (and $x63889 $x126971) (and $x8837 $x126971) (and $x44264 $x126971) (and $x12190 $x126971) (and $x68889 $x126971) (and $x46818 $x126971) (and $x48846 $x126971) (and $x784 $x126971) (and $x8898 $x126971) (and $x103516 $x126971) (and $x103545 $x126971) (and $x129641 $x126971) (and $x116648 $x126971) (and $x119163 $x126971) (and $x108628 $x126971))))
 (let (($x129648 (and $x107459 $x107458)))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x117206 (and (distinct window_start_contents ?x25268) true)))
 (let (($x108627 (<= boundary 5)))
 (let (($x106024 (> boundary 1)))
 (let (($x106049 (and true $x106024)))
 (let (($x108718 (and $x106049 $x108627)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x116643 (and $x36073 $x108718)))
 (let (($x117862 (and $x116643 $x117206)))
 (or $x117862 $x129648)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
