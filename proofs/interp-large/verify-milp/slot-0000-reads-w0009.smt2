(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_18 () Int)
(declare-fun phase_425 () Int)
(declare-fun phase_426 () Int)
(declare-fun phase_427 () Int)
(declare-fun phase_428 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_430 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_432 () Int)
(declare-fun phase_549 () Int)
(declare-fun phase_550 () Int)
(declare-fun phase_551 () Int)
(declare-fun phase_552 () Int)
(declare-fun phase_553 () Int)
(declare-fun phase_554 () Int)
(declare-fun phase_555 () Int)
(declare-fun phase_556 () Int)
(declare-fun phase_701 () Int)
(declare-fun phase_702 () Int)
(declare-fun phase_703 () Int)
(declare-fun phase_704 () Int)
(declare-fun phase_705 () Int)
(declare-fun phase_706 () Int)
(declare-fun phase_707 () Int)
(declare-fun phase_708 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_18 42))
(assert
 (= phase_425 44))
(assert
 (= phase_426 44))
(assert
 (= phase_427 44))
(assert
 (= phase_428 44))
(assert
 (= phase_429 44))
(assert
 (= phase_430 44))
(assert
 (= phase_431 44))
(assert
 (= phase_432 44))
(assert
 (= phase_549 44))
(assert
 (= phase_550 44))
(assert
 (= phase_551 44))
(assert
 (= phase_552 44))
(assert
 (= phase_553 44))
(assert
 (= phase_554 44))
(assert
 (= phase_555 44))
(assert
 (= phase_556 44))
(assert
 (= phase_701 44))
(assert
 (= phase_702 44))
(assert
 (= phase_703 44))
(assert
 (= phase_704 44))
(assert
 (= phase_705 44))
(assert
 (= phase_706 44))
(assert
 (= phase_707 44))
(assert
 (= phase_708 44))
(assert
 (let ((?x15698 (+ phase_18 1)))
 (let (($x160951 (> ?x15698 (- 1))))
 (let ((?x191876 (ite $x160951 ?x15698 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 41)) (< 41 ?x191876)) x_0 0.0))))))
(assert
 (let (($x155831 (and (distinct window_start_contents read_value) true)))
 (let (($x232227 (not (and (and true (> boundary 41)) (<= boundary 43)))))
 (let (($x232320 (or $x232227 $x155831)))
 (let (($x23999 (= read_value x_0)))
 (let (($x231226 (and (and (= read_index 205) (not false)) (= boundary (- phase_708 1)))))
 (let (($x237496 (and $x231226 $x23999)))
 (let (($x130007 (and (and (= read_index 204) (not false)) (= boundary (- phase_707 1)))))
 (let (($x238341 (and $x130007 $x23999)))
 (let (($x130851 (and (and (= read_index 203) (not false)) (= boundary (- phase_706 1)))))
 (let (($x79775 (and $x130851 $x23999)))
 (let (($x243021 (and (and (= read_index 202) (not false)) (= boundary (- phase_705 1)))))
 (let (($x179645 (and $x243021 $x23999)))
 (let (($x237213 (and (and (= read_index 201) (not false)) (= boundary (- phase_704 1)))))
 (let (($x108281 (and $x237213 $x23999)))
 (let (($x179595 (and (and (= read_index 200) (not false)) (= boundary (- phase_703 1)))))
 (let (($x130652 (and $x179595 $x23999)))
 (let (($x80553 (and (and (= read_index 199) (not false)) (= boundary (- phase_702 1)))))
 (let (($x193813 (and $x80553 $x23999)))
 (let (($x180560 (and (and (= read_index 198) (not false)) (= boundary (- phase_701 1)))))
 (let (($x180632 (and $x180560 $x23999)))
 (let (($x163000 (and (and (= read_index 197) (not false)) (= boundary (- phase_556 1)))))
 (let (($x157499 (and $x163000 $x23999)))
 (let (($x127649 (and (and (= read_index 196) (not false)) (= boundary (- phase_555 1)))))
 (let (($x61262 (and $x127649 $x23999)))
 (let (($x216095 (and (and (= read_index 195) (not false)) (= boundary (- phase_554 1)))))
 (let (($x148505 (and $x216095 $x23999)))
 (let (($x153602 (and (and (= read_index 194) (not false)) (= boundary (- phase_553 1)))))
 (let (($x152753 (and $x153602 $x23999)))
 (let (($x105166 (and (and (= read_index 193) (not false)) (= boundary (- phase_552 1)))))
 (let (($x219981 (and $x105166 $x23999)))
 (let (($x150833 (and (and (= read_index 192) (not false)) (= boundary (- phase_551 1)))))
 (let (($x218262 (and $x150833 $x23999)))
 (let (($x28450 (and (and (= read_index 191) (not false)) (= boundary (- phase_550 1)))))
 (let (($x212914 (and $x28450 $x23999)))
 (let (($x199436 (and (and (= read_index 190) (not false)) (= boundary (- phase_549 1)))))
 (let (($x165098 (and $x199436 $x23999)))
 (let (($x233026 (and (and (= read_index 189) (not false)) (= boundary (- phase_432 1)))))
 (let (($x90621 (and $x233026 $x23999)))
 (let (($x219434 (and (and (= read_index 188) (not false)) (= boundary (- phase_431 1)))))
 (let (($x211484 (and $x219434 $x23999)))
 (let (($x49396 (and (and (= read_index 187) (not false)) (= boundary (- phase_430 1)))))
 (let (($x49293 (and $x49396 $x23999)))
 (let (($x178823 (and (and (= read_index 186) (not false)) (= boundary (- phase_429 1)))))
 (let (($x182601 (and $x178823 $x23999)))
 (let (($x150657 (and (and (= read_index 185) (not false)) (= boundary (- phase_428 1)))))
 (let (($x157205 (and $x150657 $x23999)))
 (let (($x133293 (and (and (= read_index 184) (not false)) (= boundary (- phase_427 1)))))
 (let (($x133836 (and $x133293 $x23999)))
 (let (($x100428 (and (and (= read_index 183) (not false)) (= boundary (- phase_426 1)))))
 (let (($x105835 (and $x100428 $x23999)))
 (let (($x38105 (and (and (= read_index 182) (not false)) (= boundary (- phase_425 1)))))
 (let (($x54896 (and $x38105 $x23999)))
 (let (($x80893 (or $x54896 $x105835 $x133836 $x157205 $x182601 $x49293 $x211484 $x90621 $x165098 $x212914 $x218262 $x219981 $x152753 $x148505 $x61262 $x157499 $x180632 $x193813 $x130652 $x108281 $x179645 $x79775 $x238341 $x237496)))
 (and $x80893 $x232320)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
