(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_730 () Int)
(declare-fun phase_731 () Int)
(declare-fun phase_732 () Int)
(declare-fun phase_733 () Int)
(declare-fun phase_734 () Int)
(declare-fun phase_736 () Int)
(declare-fun phase_737 () Int)
(declare-fun phase_738 () Int)
(declare-fun read_value () Real)
(declare-fun x_1030 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_730 22))
(assert
 (= phase_731 22))
(assert
 (= phase_732 22))
(assert
 (= phase_733 22))
(assert
 (= phase_734 22))
(assert
 (= phase_736 22))
(assert
 (= phase_737 22))
(assert
 (= phase_738 22))
(assert
 (let ((?x87568 (* (- 1.0) x_1030)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x109227 (ite $x24162 ?x87568 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x36321 (ite $x208249 (* 1.0 x_1030) 0.0)))
 (let ((?x137186 (+ ?x36321 ?x109227)))
 (let (($x131678 (= read_value x_1030)))
 (let (($x102324 (and (and (= read_index 7) (not false)) (= boundary (- phase_738 1)))))
 (let (($x79919 (and (and (= read_index 6) (not false)) (= boundary (- phase_737 1)))))
 (let (($x211365 (and (and (= read_index 5) (not false)) (= boundary (- phase_736 1)))))
 (let (($x55919 (and (and (= read_index 4) (not false)) (= boundary (- phase_734 1)))))
 (let (($x219115 (and (and (= read_index 3) (not false)) (= boundary (- phase_733 1)))))
 (let (($x167887 (and (and (= read_index 2) (not false)) (= boundary (- phase_732 1)))))
 (let (($x109876 (and (and (= read_index 1) (not false)) (= boundary (- phase_731 1)))))
 (let (($x129716 (and (and (= read_index 0) (not false)) (= boundary (- phase_730 1)))))
 (let (($x292004 (or (and $x129716 $x131678) (and $x109876 $x131678) (and $x167887 $x131678) (and $x219115 $x131678) (and $x55919 $x131678) (and $x211365 $x131678) (and $x79919 $x131678) (and $x102324 $x131678))))
 (and $x292004 (and (distinct ?x137186 read_value) true)))))))))))))))))))
(check-sat)
