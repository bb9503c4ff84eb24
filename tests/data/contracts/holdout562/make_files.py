"""holdout562: builds ten ordinary draft contracts (z01-z05 Chinese, e01-e05 English) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
Sources are kept below; .docx / .pdf are built with ../word_pdf.py (write(..., wrap_words=True)).
The script reads every built file back, checks lengths, scans for threshold figures, derives the expected
rules from the labels by my own reading of policy.md §3 and asserts them against the design list.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

Z01 = """T:临川市公务用车管理平台建设项目合同
P:合同编号：LCJG-ZFCG-2025-031
P:采购人（甲方）：临川市机关事务管理局
P:供应商（乙方）：杭州云驭信息技术有限公司
P:鉴于甲方通过公开招标方式采购“临川市公务用车管理平台建设项目”（项目编号：LCCG-2025-GK-0178），乙方为该项目的中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件及乙方投标文件，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供公务用车管理平台软件许可，并按甲方需求完成定制开发、部署实施、历史数据迁移与培训，实现市直单位公务用车申请、审批、派车、轨迹监控、费用结算及统计分析的全流程管理。
P:1.2 定制开发内容包括：市直单位用车审批流程、车辆调度与派单、与市财政预算管理一体化系统的费用结算接口、与省公务用车监管平台的数据上报接口、领导驾驶舱及统计报表，详见附件一《需求规格说明书》。
P:1.3 平台部署于甲方指定的政务云资源，覆盖市直单位86家、公务车辆412台、驾驶员360名。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾贰万元整（¥1,320,000.00），为固定总价，已包含软件许可、定制开发、部署实施、数据迁移、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|公务用车管理平台软件许可（永久许可，不限用户数）|1套|680,000
TB:2|定制开发（审批流程、调度派单、财政接口、省平台接口、驾驶舱报表）|1项|520,000
TB:3|部署实施与历史数据迁移|1项|96,000
TB:4|用户培训（系统管理员、调度员及驾驶员）|1项|24,000
TB:合计|||1,320,000
H:第三条 付款方式
P:3.1 合同签订后，甲方在收到乙方开具的合法发票后10个工作日内支付合同总价的20%作为预付款，计人民币264,000元。
P:3.2 平台完成部署、定制功能上线并通过初步验收后，甲方支付合同总价的45%，计人民币594,000元。
P:3.3 平台试运行60日期满并通过最终验收后，甲方支付合同总价的35%，计人民币462,000元。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成平台部署及定制开发，并向甲方提交初步验收申请。
P:4.2 乙方应按甲方确认的实施计划推进工作，每两周提交书面进度报告。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据附件一逐项测试全部功能，验收标准为：附件一所列功能全部实现且无一级、二级缺陷；财政结算接口与省平台接口联调通过，连续10个工作日数据对账一致；系统在500个并发用户下页面平均响应时间不超过2秒；通过第三方安全测评，无中、高危漏洞。
P:5.2 最终验收：初步验收合格后试运行60日，试运行期间无一级故障且月可用率达到第6.2款的约定，由甲方组织专家评审并出具最终验收报告。
P:5.3 系统上线使用或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，整改费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%，计划内维护须提前3个工作日经甲方同意且不计入不可用时间。
P:6.3 故障响应：一级故障（平台整体无法访问，或派车、审批功能中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，次一工作日内解决；三级故障1个工作日内响应。
P:6.4 乙方未达到第6.2款或第6.3款约定的，一级故障响应每超时1小时扣减人民币500元；月可用率每低于约定值0.01个百分点扣减人民币1,000元，从应付款或履约保证金中扣除。
P:6.5 质保期满后，甲方如需继续维护服务，年度维护费不超过软件许可费的10%，即每年不超过人民币68,000元，该价格在质保期满后三个服务年度内保持不变，服务内容与质保期内相同。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台产品的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的程序、源代码、接口、报表模板及技术文档，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收前交付全部源代码及编译部署说明。
P:7.3 乙方保证所提供的软件不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台运行中产生及迁移的全部数据，包括车辆信息、驾驶员个人信息、用车记录、轨迹及费用数据，均归甲方所有。乙方仅为履行本合同在甲方授权范围内处理数据，不得留存、复制或用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求，落实访问控制、加密存储与传输及操作日志审计；远程运维须经甲方逐次审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 合同终止后，乙方应将全部数据交还甲方，删除其掌握的副本并出具书面说明。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、内部资料及技术信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期提交初步验收申请或逾期完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方逾期超过30日或验收两次不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。确需分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、乙方投标文件、附件一《需求规格说明书》及附件二《实施计划》为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市机关事务管理局　　法定代表人或授权代表：__________　　日期：2025年__月__日
P:乙方（盖章）：杭州云驭信息技术有限公司　　法定代表人或授权代表：__________　　日期：2025年__月__日
"""

Z02 = """T:烘干线控制系统改造及维保合同
P:合同编号：JJSY-SB-2025-042
P:甲方（买方）：凤阳金晶石英砂有限公司
P:乙方（卖方）：合肥恒控自动化工程有限公司
P:甲方二号、三号石英砂烘干线现有控制系统老化，温度波动大、能耗偏高。乙方经甲方比选确定为改造供应商。双方根据《中华人民共和国民法典》，就烘干线控制系统改造及维保事宜订立本合同。
H:一、改造范围
P:（一）乙方负责两条烘干线控制系统的设计、供货、安装、编程、调试及培训，包括PLC控制柜、变频器、在线水分检测、燃烧器控制模块、上位机监控软件及工控机操作台。
P:（二）改造目标：烘干出料水分稳定在0.3%以下，滚筒出口温度波动不超过±5℃，单位产量天然气消耗较改造前下降不少于8%。
P:（三）改造应利用甲方停产检修窗口实施，每条线停机时间不超过10日。
P:（四）乙方应在合同签订后10日内派工程师到现场勘察，提交技术方案及改造期间的临时运行措施，经甲方确认后实施。
H:二、合同价格
P:（一）本合同总价为人民币柒拾柒万元整（¥770,000.00），含设备、软件、安装、调试、培训、运输、税费。明细如下：
TB:序号|名称|规格/数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、触摸屏）|2套|93,000|186,000
TB:2|变频器（滚筒、引风机、给料机）|12台|9,500|114,000
TB:3|在线水分检测仪|6套|14,000|84,000
TB:4|燃烧器控制模块|1套|58,000|58,000
TB:5|上位机监控软件许可（永久）|1套|72,000|72,000
TB:6|工控机及操作台|2套|23,000|46,000
TB:软硬件小计|||| 560,000
TB:7|定制编程与系统调试|1项|118,000|118,000
TB:8|安装及电气改造|1项|76,000|76,000
TB:9|操作及维护培训|1项|16,000|16,000
TB:合计||||770,000
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的20%作为预付款，计人民币154,000元。
P:（二）设备全部到达甲方厂区并经数量清点后，甲方支付合同总价的50%，计人民币385,000元。
P:（三）系统安装调试完成后，甲方支付合同总价的25%，计人民币192,500元。
P:（四）剩余5%作为质量保证金，计人民币38,500元，质保期满且无质量问题后10个工作日内无息支付。
H:四、交货、安装与验收
P:（一）乙方应于合同签订后45日内将全部设备运至甲方厂区，并在甲方通知的停产检修窗口内完成安装。
P:（二）设备安装调试完成、烘干线通电运行后，即视为甲方验收合格，乙方出具调试完成单，甲方签收。
P:（三）设备到货时双方共同清点数量、型号，清点记录仅作为到货依据。
H:五、质量保证
P:（一）质保期为二十四个月，自调试完成单签收之日起计算。质保期内非甲方原因造成的设备及软件故障，乙方免费维修或更换。
P:（二）故障分级及响应：一级故障（烘干线停机或燃烧器无法控制）乙方接报后1小时内远程响应，8小时内到达现场；二级故障（单台设备异常但烘干线可运行）2小时内响应，次日内到场；三级故障在3个工作日内处理。
P:（三）一级故障响应或到场每超时1小时，乙方向甲方支付人民币300元；同一故障超过48小时未排除的，甲方有权另行委托第三方处理，费用由乙方承担。
P:（四）乙方应在甲方厂区存放常用备件一套，质保期内由乙方负责补充。
P:（五）质保期内乙方每季度对控制系统进行一次预防性巡检，检查接线、传感器标定及程序备份情况，并出具巡检报告。
H:六、维保服务
P:（一）质保期满后，乙方按甲方需要提供年度维保服务，内容包括每季度一次巡检、PLC程序备份、软件升级及故障维修（更换配件按成本价另计）。
P:（二）年度维保费按软硬件小计的9%计取，即每年人民币50,400元，质保期满后两个服务年度内不上调。维保合同每个服务年度由双方书面确认，不自动续期。
H:七、知识产权
P:（一）乙方为本项目编写的PLC程序、上位机组态画面、工艺配方表及接口程序的知识产权归甲方所有，乙方应在调试完成后交付源程序及注释，甲方有权自行修改和使用。
P:（二）上位机监控软件产品本身的知识产权归其权利人所有，甲方获得永久使用许可。
H:八、数据安全
P:（一）烘干线运行中产生的温度、水分、产量、能耗等生产数据均归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:（二）乙方远程维护须事先取得甲方同意，通过甲方提供的专用VPN接入，并保存操作记录；不得在控制网络中安装与本项目无关的软件。
P:（三）因乙方原因导致控制系统遭受病毒感染、数据泄露或被非法控制的，乙方应在2小时内报告甲方并立即处置，并承担由此造成的全部损失。
H:九、保密
P:（一）乙方对在履行合同过程中知悉的甲方工艺参数、配方、产量及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（三）乙方提供的设备不符合合同约定的，应在10日内免费更换。乙方提供的设备应为原厂全新产品，并随货提供合格证及出厂检验报告。
H:十一、合同的履行与解除
P:（一）合同生效后，任何一方不得单方解除本合同。
P:（二）一方违约的，守约方可要求违约方继续履行、采取补救措施并按第十条承担违约金，但不得以此为由解除合同。
H:十二、分包
P:（一）乙方如需将电气安装工作分包，须事先取得甲方书面同意，并对分包单位的工作质量和安全负责。
H:十三、安全生产
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。乙方人员在施工中发生的人身伤害由乙方负责。
P:（二）乙方应为其现场人员购买意外伤害保险，施工完毕后清理现场，恢复甲方原有设施。
H:十四、法律适用与争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同发生的争议，双方协商解决；协商不成的，提交滁州仲裁委员会仲裁。
H:十五、培训与技术资料
P:（一）乙方应在调试期间对甲方操作人员及电气维护人员进行不少于3天的现场培训，内容包括系统操作、配方调整、常见报警处理及PLC程序备份与恢复。
P:（二）乙方应在调试完成后10日内向甲方交付电气原理图、接线图、PLC及上位机源程序、设备说明书、合格证及调试记录，纸质版一式两份并附电子版。
H:十六、不可抗力
P:（一）因地震、洪水等不可抗力导致不能按期履行的，受影响方应在3日内通知对方并提供证明，履行期限相应顺延。
H:十七、其他
P:（一）本合同附件包括技术方案、设备清单及调试记录表，与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：凤阳金晶石英砂有限公司（盖章）　　代表：__________　　日期：2025年__月__日
P:乙方：合肥恒控自动化工程有限公司（盖章）　　代表：__________　　日期：2025年__月__日
"""

Z03 = """门店点餐及会员系统SaaS服务合同

合同编号：LXJ-IT-2025-009

甲方（客户）：北京炉香居餐饮管理有限公司
地址：北京市朝阳区（详细地址略）

乙方（服务商）：上海点味云科技有限公司
地址：上海市徐汇区（详细地址略）

鉴于甲方经营炉香居烤鸭连锁门店35家，需要统一的扫码点餐、收银对接及会员管理系统；乙方提供餐饮行业SaaS服务。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方35家门店提供“点味云”点餐及会员SaaS服务，包括扫码点餐、桌台管理、后厨出单、外卖订单聚合、会员储值与积分、优惠券营销及经营报表。
1.2 乙方负责实施服务：菜品及套餐数据导入、35家门店部署、与甲方现有收银机及后厨打印机对接、原会员数据迁移、总部管理后台配置。
1.3 乙方为甲方定制开发烤鸭预订及片鸭叫号页面、会员等级权益规则及总部经营日报，详见附件一。
1.4 乙方为甲方开通总部及各门店管理账号，提供操作手册及视频教程，并指定客户成功经理一名负责日常对接。

2. 服务期限
2.1 服务期自2025年7月1日起至2027年6月30日止，共两个服务年度。
2.2 服务期满前30日，任何一方未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。
2.3 续期时乙方有权根据市场情况调整服务费标准，上调幅度不超过上一服务年度服务费的8%，乙方在续期前书面通知甲方即可执行。

3. 费用
3.1 本合同服务期内总价为人民币陆拾肆万陆仟元整（¥646,000）。明细：
  (1) 门店点餐SaaS：6,600元/店/服务年度 × 35店 × 2个服务年度 = 462,000元；
  (2) 会员营销模块：52,000元/服务年度 × 2个服务年度 = 104,000元；
  (3) 实施及定制开发费（一次性）：68,000元；
  (4) 培训费（一次性）：12,000元。
3.2 门店增减的，按6,600元/店/服务年度按月折算。
3.3 上述价格含税，增值税税率6%。

4. 付款方式
4.1 实施及定制开发费、培训费在上线验收合格后15个工作日内一次性支付。
4.2 SaaS服务费及会员营销模块费按季度支付，甲方在每季度结束后10个工作日内根据乙方提供的服务报告及发票支付当季费用。
4.3 本合同不设预付款。

5. 实施与上线验收
5.1 乙方应在2025年8月15日前完成35家门店部署并提交上线验收申请。
5.2 上线验收标准：35家门店全部可正常扫码点餐及出单；与收银机对接后连续7个营业日订单金额与收银对账一致；原会员数据迁移完整，储值余额与积分逐条核对无差异；附件一定制功能全部实现；高峰期（200桌同时下单）下单响应时间不超过2秒。
5.3 验收由甲方信息部与营运部共同组织，出具书面验收单。门店试用或甲方付款均不视为验收合格。
5.4 上线验收后设30日稳定期，稳定期内乙方安排实施顾问在甲方总部驻场支持，协助门店处理日常问题，并对菜品、价格调整提供指导。

6. 服务水平
6.1 乙方保证系统月可用率不低于99.5%（经甲方同意的计划维护时间除外）。
6.2 故障分级：一级故障指三家以上门店无法点餐或收银；二级故障指单店无法点餐或会员功能异常；三级故障指其他功能问题。
6.3 一级故障15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障在1个工作日内处理。
6.4 服务抵扣：月可用率低于约定值的，当月SaaS服务费按每低于0.1个百分点抵扣2%，最高抵扣当月费用的20%；一级故障响应超时的，每次抵扣1,000元。抵扣从下一季度服务费中扣减。
6.5 乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及改进措施。

7. 知识产权
7.1 “点味云”平台及其标准功能的知识产权归乙方所有。
7.2 乙方为甲方定制开发的预订及叫号页面、会员等级规则配置和经营日报模板归甲方所有，甲方可自行或委托他人使用、修改。服务终止时乙方应提供相关配置及页面代码。
7.3 乙方保证所提供的服务及定制成果不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担责任。

8. 数据归属与数据安全
8.1 甲方门店订单数据、菜品数据、会员个人信息及交易记录均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于本合同以外的任何目的，不得向第三方提供。
8.2 乙方应将数据存储于中国境内，落实加密存储、访问权限控制和操作日志审计，系统应通过网络安全等级保护三级测评。
8.3 发生数据泄露、丢失或篡改的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方因此遭受的全部损失，包括对会员的赔偿及行政处罚。
8.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除其系统中的数据并书面确认。

9. 违约责任
9.1 乙方未按第5.1款期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
9.3 一方违约给对方造成损失的，应予赔偿。

10. 合同解除
10.1 乙方严重违约，或连续两个月月可用率低于约定值的，甲方可书面通知乙方在15日内纠正；逾期未纠正的，甲方有权解除合同，乙方应退还已付但未使用的服务费。
10.2 门店关闭不影响本合同对其他门店的效力，相应费用按月折算减少。

11. 分包
11.1 乙方不得转让本合同。乙方如需将门店现场部署工作交由第三方完成，须事先取得甲方书面同意，并对其工作负责。

12. 服务变更与培训
12.1 甲方新增门店的，乙方应在接到书面通知后5个工作日内完成开通、菜品配置及培训，费用按第3.2款计算。
12.2 乙方对平台进行功能升级，不得降低甲方已订购的功能；重大升级应提前10日通知甲方，并安排在门店非营业时段进行。
12.3 乙方应为甲方总部人员及每家门店店长、收银员提供现场或线上培训，培训后进行考核，确保每家门店至少2名员工能够独立操作系统。

13. 不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 因本合同产生的争议，双方协商解决；协商不成的，提交北京仲裁委员会按其仲裁规则仲裁。

15. 其他
15.1 附件一《定制功能清单》、附件二《门店清单》为本合同组成部分。
15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：北京炉香居餐饮管理有限公司
授权代表：__________　　日期：2025年__月__日

乙方（盖章）：上海点味云科技有限公司
授权代表：__________　　日期：2025年__月__日
"""

Z04 = """江州市排水有限公司泵站远程监控系统年度运维服务合同

项目编号：JZPS-2025-CS-017
采购方式：竞争性磋商

甲方（采购人）：江州市排水有限公司
乙方（成交供应商）：江西汇流智能科技有限公司

根据“江州市排水有限公司泵站远程监控系统年度运维服务项目”竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方本着平等自愿、诚实信用的原则，就泵站远程监控系统运维服务订立本合同。

（1）服务范围
1）运维对象：甲方28座雨污水泵站的现地监控设备（PLC、液位计、流量计、视频摄像机、通信终端）及排水调度中心远程监控平台（服务器、数据库、组态软件、大屏显示系统）。
2）服务内容：7×24小时监控平台值守与告警处置；泵站现地设备每月巡检一次，汛期（每年5月至9月）每半月巡检一次；故障诊断与修复；平台软件补丁、数据库备份与恢复演练；汛前系统联调；每月提交运维报告。
3）备品备件：合同价格内包干45,000元，用于更换损坏的通信模块、传感器等易损件，超出部分经甲方确认后据实结算。
4）汛期保障：遇暴雨红色预警，乙方应在1小时内增派人员到重点泵站值守，并每2小时向调度中心报告设备运行情况。
5）交接：服务期开始前，乙方应与甲方原运维单位完成交接，对28座泵站逐站核对设备台账及运行状态，形成交接记录。
6）运维工作应遵守国家及行业关于城镇排水泵站运行维护的技术规程及甲方安全生产管理制度。
7）乙方应建立泵站设备运维档案，记录每次巡检、维修及更换配件情况，服务期满后移交甲方。
8）乙方应按甲方要求参加排水调度中心组织的月度例会，汇报运维情况、存在问题及改进建议。

（2）服务期限
服务期自2025年8月1日起至2026年7月31日止。服务期满后，是否续签由甲方根据考核结果及新的采购程序确定。

（3）合同价格
1）本合同总价为人民币肆拾万零贰佰元整（¥400,200），为固定总价。
2）价格构成：泵站现地设备运维28座×9,600元=268,800元；监控平台运维86,400元；备品备件包干45,000元。
3）合同价格已包含人工、交通、工具、税费及服务期内乙方为履约所需的一切费用。乙方报价已考虑汛期加班、节假日值守等因素，甲方不再另行支付加班费用。

（4）付款方式
1）服务费按季度支付。每季度结束后，甲方依据季度考核结果，在收到乙方发票后15个工作日内支付当季服务费（合同总价的四分之一扣减考核扣款）。
2）甲方不支付任何预付款。
3）乙方应在每季度结束后5个工作日内提交当季运维报告、考核自评表及发票。

（5）服务水平与考核
1）故障分级：一级故障指调度中心平台瘫痪、三座以上泵站同时失去监控或汛期任一泵站液位数据中断；二级故障指单座泵站部分数据或视频中断；三级故障指不影响监控的一般问题。
2）响应时限：一级故障30分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障在2个工作日内处理完毕。汛期及暴雨预警期间，乙方应安排2名工程师在调度中心驻场值守。
3）平台可用率：监控平台月可用率不低于99.95%。
4）考核扣款：一级故障响应或恢复每超时1小时扣款500元，二级故障每超时1小时扣款200元；平台月可用率每低于约定值0.01个百分点扣款800元；漏巡一座次扣款300元。扣款从当季服务费中扣除。
5）季度考核：甲方在每季度结束后10个工作日内，按附件《考核细则》对乙方的响应及时率、巡检完成率、故障修复率及文档质量进行评分，评分结果作为当季付款依据。
6）年度服务验收：服务期满后，甲方依据运维报告、季度考核记录和巡检记录组织服务验收。验收标准为：四个季度考核得分均不低于90分；全部巡检记录及月度报告齐全；汛前联调完成且问题全部闭环；设备台账及配置文档更新完整。

（6）知识产权
运维期间乙方为甲方编写的运维脚本、组态修改文件、设备配置文件、运维报告及设备台账归甲方所有，甲方可自由使用和修改。乙方保证其使用的运维工具及软件不侵犯第三方知识产权。

（7）数据安全
1）泵站运行数据、视频资料及平台数据库中的全部数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
2）乙方应遵守网络安全等级保护制度及甲方信息安全管理规定，运维操作须通过甲方堡垒机进行，远程接入须逐次审批，不得使用个人设备接入控制网络。
3）发生数据泄露、网络攻击或控制系统异常操作的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
4）乙方运维人员应签署信息安全承诺书，离场时交还全部账号及门禁卡。

（8）保密
乙方对履行本合同知悉的甲方管网布局、泵站参数、调度方案及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。

（9）人员与分包
1）乙方应配备项目经理1名、运维工程师不少于5名，人员名单报甲方备案，更换项目经理须经甲方同意。
2）乙方可将泵站现地巡检工作分包给具备相应能力的单位，但应提前书面通知甲方分包单位名称及人员名单。乙方对分包单位的工作承担全部责任。
3）乙方人员进入泵站须持甲方发放的工作证；进入有限空间作业须执行先通风、再检测、后作业的规定，并配备必要的防护用品。乙方应建立值班制度，值班电话全天畅通。
4）乙方应定期组织运维人员参加安全生产及网络安全培训，并保存培训记录备查。

（10）违约责任
1）乙方未按本合同约定提供服务的，应及时采取补救措施，并赔偿甲方因此遭受的实际损失。
2）第（5）条约定的考核扣款按季度执行，不影响甲方要求乙方赔偿损失的权利。
3）甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付逾期付款利息。

（11）合同解除
1）乙方严重违约，或连续两个季度考核得分低于80分的，甲方有权书面通知解除本合同，并按已提供服务结算费用。
2）因不可抗力致使合同无法履行的，双方可协商解除合同。

（12）运维交接
1）服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的单位移交全部运维资料、账号口令、备品备件清单及未闭环问题清单，并配合完成交接。
2）交接完成前，乙方不得停止值守服务。因台风、暴雨等不可抗力导致泵站设备损坏或通信中断的，相应时段不计入乙方考核，但乙方应积极配合抢修。

（13）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（14）其他
1）磋商文件、乙方响应文件、成交通知书及附件《泵站清单》《考核细则》为本合同组成部分。
2）本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：江州市排水有限公司　　授权代表：__________
乙方（盖章）：江西汇流智能科技有限公司　　授权代表：__________
签订日期：2025年__月__日
"""

Z05 = """# 发酵管理系统软件许可及定制开发合同

> 酿智软件标准合同范本 V2.1（本范本由乙方提供，空白处由双方填写）

**合同编号：** NZ-HT-2025-0613

**甲方（用户）：** 阳江市豉香食品有限公司

**乙方（供应商）：** 广州酿智软件有限公司

甲方主要从事阳江豆豉的生产与销售，拟对制曲、发酵、晒制及包装环节实施信息化管理。乙方是“酿智”发酵管理系统的开发商。经双方协商，甲方向乙方购买该系统的软件许可并委托乙方进行定制开发，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“酿智发酵管理系统”标准版软件许可（永久许可，含制曲管理、发酵罐管理、晒制管理、批次管理、质检管理模块），部署于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发：发酵罐温湿度传感器数据采集对接、原料至成品的批次追溯、质检报表及车间看板。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。

1.4 系统运行环境：服务器及数据库软件由甲方按乙方提供的配置清单自行采购，发酵罐温湿度传感器利用甲方现有设备，由甲方提供通讯协议。

## 第二条 合同价款

本合同总价为人民币陆拾万元整（¥600,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 酿智发酵管理系统软件许可（标准版，永久） | 1套 | 480,000 |
| 2 | 定制开发（温湿度采集对接、批次追溯、质检报表、车间看板） | 1项 | 96,000 |
| 3 | 安装部署、数据初始化及培训 | 1项 | 24,000 |
| | 合计 | | 600,000 |

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%作为预付款，即人民币300,000元。乙方收到预付款后开始实施。

3.2 系统上线试运行后5个工作日内，甲方支付合同总价的36%，即人民币216,000元。

3.3 系统验收合格后5个工作日内，甲方支付合同总价的14%，即人民币84,000元。

3.4 乙方收款前开具增值税发票，软件许可部分与服务部分分别开具。

## 第四条 实施周期

4.1 乙方在收到预付款后75日内完成安装部署及定制开发，并通知甲方上线试运行。

4.2 因甲方未及时提供场地、服务器、传感器接口资料或基础数据导致延期的，实施周期相应顺延。

4.3 乙方按双方确认的实施计划分阶段实施：需求调研、定制开发、部署联调、培训及上线，每一阶段完成后由双方项目负责人签字确认。

## 第五条 验收

5.1 系统上线试运行满20日后，甲方应按附件《功能清单》组织验收。验收标准：功能清单所列功能逐项测试通过；发酵罐温湿度数据采集间隔不超过1分钟且连续20日无中断；任选30个成品批次可正确追溯至原料批次及发酵罐；质检报表数据与人工台账核对一致。

5.2 甲方应在收到验收通知后10个工作日内完成验收并签署验收报告。

5.3 验收不合格的，乙方应在15个工作日内完成整改并重新提交验收。

## 第六条 知识产权

6.1 软件许可产品的知识产权归乙方所有。

6.2 乙方为甲方定制开发的程序、接口、报表及相关文档的知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得自行或委托第三方修改、复制或向第三方提供。

## 第七条 维护服务

7.1 免费维护期为6个月，自系统上线试运行之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

7.2 故障响应：一级故障（系统无法登录或数据采集全部中断）乙方在接到甲方报修后8小时内响应；二级故障在2个工作日内响应；三级故障在5个工作日内响应。

7.3 乙方将尽力在合理时间内排除故障，但不因响应或修复超时承担任何扣款、赔偿或违约责任。

7.4 免费维护期满后，甲方应购买年度维护服务，年度维护费为软件许可费的25%，即每年人民币120,000元。

7.5 年度维护服务内容包括远程技术支持、缺陷修复及软件小版本升级，不含新功能开发。

## 第八条 数据

8.1 系统中的生产数据归甲方所有。

8.2 甲方同意，乙方可将系统运行中产生的发酵工艺参数、温湿度曲线及质检数据经脱敏处理后，用于乙方产品改进、工艺模型训练及行业分析，并可在合同终止后继续使用。

8.3 乙方对远程维护中接触的数据采取访问控制和加密措施，维护账号专人专用、操作留痕；发生数据泄露的，乙方应在48小时内通知甲方，因乙方过错造成的损失由乙方赔偿。

8.4 合同终止后，除第8.2款约定的脱敏数据外，乙方应删除远程维护过程中获取的甲方数据副本。

## 第九条 保密

双方对在合作中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，合同终止后三年内继续有效。

## 第十条 违约责任

10.1 乙方逾期完成实施的，每逾期一日，按合同总价的万分之二支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停实施及维护服务。

10.3 乙方在本合同项下的全部责任（含违约金及赔偿）累计不超过合同总价的20%，且不承担甲方的间接损失、利润损失或生产损失。

## 第十一条 分包

乙方有权根据工作需要将部分开发、安装工作分包给第三方，无需取得甲方同意。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 甲方义务与培训

14.1 甲方应指定项目负责人，及时提供工艺流程、发酵罐清单、传感器通讯协议及基础数据，提供实施所需的办公场地及网络环境，并组织车间人员参加培训。甲方提出需求变更的，应书面提出，乙方评估后另行报价。

14.2 乙方为甲方提供不少于3天的集中培训，对象为生产管理人员、车间班组长及系统管理员，培训结束后提供操作手册电子版。

## 第十五条 不可抗力

因不可抗力导致一方不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，可根据影响程度部分或全部免除责任。

## 第十六条 其他

16.1 本合同附件《功能清单》《定制开发需求确认书》为合同组成部分。

16.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

16.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

**甲方（盖章）：** 阳江市豉香食品有限公司　　代表：__________　　日期：2025年__月__日

**乙方（盖章）：** 广州酿智软件有限公司　　代表：__________　　日期：2025年__月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FR-WMS-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Changsha Furong Pharmaceutical Distribution Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Customer"), and Arubalogic Software N.V., a company incorporated in Aruba with its office at L.G. Smith Boulevard, Oranjestad, Aruba (the "Vendor").
P:Background: The Customer operates two pharmaceutical distribution warehouses in Changsha and Zhuzhou and wishes to replace its warehouse management software. The Vendor develops and licenses the ArubaWMS warehouse management system. Following the Customer's request for proposals, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ArubaWMS product, version 8, in object code, with its documentation and the updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration and any other work product created by the Vendor specifically for the Customer under this Agreement, including source code.
P:1.3 "Final Acceptance" means the Customer's signed certificate issued under Article 5.3.
P:1.4 "Customer Data" means all data entered into, processed or generated by the Software for the Customer, including batch, expiry, cold-chain and customer order data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's warehouses in mainland China for the Customer's own business, for the number of users and devices set out in Article 3.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery.
P:2.3 The Vendor retains all intellectual property rights in the Software as a standard product.
H:Article 3 Price
P:3.1 At the Customer's request, all prices are stated and paid in Chinese Yuan (CNY). The total price of this Agreement is CNY 920,000 (the "Contract Price"), inclusive of all taxes and withholding, and is fixed.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:ArubaWMS server licence (perpetual)|1|260,000|260,000
TB:Named user licences (perpetual)|80|3,500|280,000
TB:RF handheld scanning module licences (perpetual)|40|2,000|80,000
TB:Licence Subtotal|||620,000
TB:Configuration and implementation services|1 lot|186,000|186,000
TB:ERP and GSP traceability interfaces|1 lot|92,000|92,000
TB:Training|1 lot|22,000|22,000
TB:Total Contract Price|||920,000
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 92,000) within 20 working days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 506,000) within 20 working days after the user acceptance test under Article 5.2 has been passed.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 322,000) within 20 working days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and complete configuration and interfaces within 100 days after signature, according to the project plan attached as Annex 2.
P:5.2 User acceptance test: the Vendor shall demonstrate, in the Customer's test environment, every function listed in Annex 1, the correct exchange of orders, receipts and stock levels with the Customer's ERP system for 10 consecutive working days, the printing of GSP-compliant labels, and a response time of no more than 2 seconds for 150 concurrent users.
P:5.3 After go-live, the Software shall run in production for 30 days without a Severity 1 incident and with complete reconciliation of stock between the Software and the ERP system. The Customer shall then issue the Final Acceptance certificate or a written list of defects. Go-live, production use or any payment does not by itself constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defects at its own cost within 15 days and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 and the documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates and remote and on-site support free of charge.
P:6.2 Severity 1 means that receiving, picking or shipping is stopped at a warehouse. The Vendor shall respond to a Severity 1 incident within 1 hour, at any time, and provide a workaround or fix within 8 hours. Severity 2 incidents shall be responded to within 2 hours during business hours and fixed within 3 business days.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall pay the Customer CNY 800, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, being CNY 68,200 per support year, and will not be increased for the first three support years after the Warranty Period. Support is ordered by a separate purchase order for each support year and does not renew automatically.
H:Article 7 Intellectual Property in Custom Deliverables
P:7.1 All intellectual property rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, itself or through third parties.
P:7.2 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third party's rights and shall indemnify the Customer against any such claim.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in Changsha. The Vendor may access the Customer's systems remotely only through the Customer's VPN, with a named account, after the Customer's approval of each session, and all sessions are logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Customer Data outside mainland China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data caused by the Vendor or its personnel, shall cooperate in remedying it, and shall be liable for all losses, fines and costs that result.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by equivalent duties. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay
P:10.1 If the Vendor fails to complete the user acceptance test within the period in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 If the delay exceeds 45 days, the Customer may also terminate this Agreement under Article 13.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims, personal injury, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor may not subcontract any part of the services without the Customer's prior written consent. The Vendor's local implementation partner, Hunan Xinghe Information Engineering Co., Ltd., is approved by signature of this Agreement. The Vendor remains responsible for its subcontractors.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages under Article 10 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the Customer may keep the licences paid for.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Aruba.
P:14.2 Any dispute arising out of this Agreement shall first be discussed by senior managers of both parties. If it is not settled within 30 days, it shall be finally resolved by the Court of First Instance of Aruba in Oranjestad, to whose jurisdiction both parties submit.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Warehouse List), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party, and takes effect on the date of the last signature.
P:For the Customer: Changsha Furong Pharmaceutical Distribution Co., Ltd.    Name: ____________    Title: ____________    Date: ____________
P:For the Vendor: Arubalogic Software N.V.    Name: ____________    Title: ____________    Date: ____________
"""

E02 = """# ORDER FORM — TOURDESK BOOKING PLATFORM

**Order Form No.:** TD-CN-2025-118

**Provider:** Tourdesk Systems B.V., Schottegatweg Oost 44, Willemstad, Curaçao ("Provider")

**Customer:** Kunming Yunling Travel Service Co., Ltd., Guandu District, Kunming, Yunnan Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Tourdesk General Terms set out in Part B below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A — Order Details

### A1. Subscribed Services

Customer subscribes to the Tourdesk online booking platform for tour packages, hotel and ticket bundles, the agent workspace for its sales staff, and the WeChat mini-program booking channel (the "Service").

### A2. Subscription Term

The Subscription Term starts on 1 September 2025 (the "Subscription Start Date") and ends on 31 August 2027. It consists of two Subscription Years. The Subscription Term does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

At Customer's request, all fees are stated and invoiced in CNY and include applicable taxes.

| Item | Basis | Fee (CNY) |
|---|---|---|
| Booking Engine subscription | 168,000 per Subscription Year × 2 | 336,000 |
| Agent seats | 25 seats × 2,400 per Subscription Year × 2 | 120,000 |
| Onboarding and configuration (one-time) | fixed | 34,000 |
| **Total Contract Value** | | **490,000** |

Transaction fees charged by payment providers are not included and are paid by Customer directly to them.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance at the start of each calendar quarter of the Subscription Term, in eight equal instalments of CNY 57,000.

(b) The onboarding fee is invoiced after Go-Live Acceptance under A5.

(c) Customer pays each undisputed invoice within 30 days of receipt by bank transfer to Provider's account in CNY.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall configure the Service, import Customer's product catalogue, set up the WeChat mini-program channel and connect Customer's accounting system by 15 October 2025 (the "Go-Live Date").

(b) Go-Live Acceptance requires that: all 320 tour products and their prices are correctly displayed in both channels; 50 test bookings, including payments and refunds, are completed end to end and reconcile with the accounting system; and 25 agent seats can log in and issue confirmations. Customer shall run the tests within 5 working days after Provider's notice and sign an acceptance certificate or give a written list of failures. Use of the Service before that does not constitute acceptance.

(c) If Go-Live Acceptance is delayed beyond the Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay, deducted from the next invoice.

### A6. Support

Provider will provide support by e-mail and an online ticket system during business hours in Beijing time, Monday to Friday. Customer may name up to five administrators who may open support tickets on behalf of all users.

### A7. Contacts

Customer's project lead is its e-commerce manager in Kunming. Provider's account manager and onboarding consultant are named in the onboarding plan, which Provider shall deliver within 10 working days after signature of this Order Form. The onboarding plan lists the tasks, dates and the information Customer must provide, including product photographs, price lists, supplier contracts for hotel allotments and the accounting system interface description.

### A8. Training

Provider shall provide two online training sessions for administrators and one for agents before the Go-Live Date, and shall give Customer recordings of these sessions and a user guide in Chinese.

**Signed for Provider:** ____________ Name / Title / Date

**Signed for Customer:** ____________ Name / Title / Date

## Part B — Tourdesk General Terms

### Clause 1. The Service

1.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with the documentation.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to respond to support requests promptly. Provider may carry out maintenance from time to time and will try to schedule it outside peak booking hours.

1.3 Provider may improve or change the Service, provided that the functions subscribed by Customer are not materially reduced during the Subscription Term.

1.4 Provider shall inform Customer in advance of any change to the Service that requires Customer to change its own systems or working practices, and shall keep the documentation up to date in English and Chinese.

### Clause 2. Customer Obligations

2.1 Customer is responsible for its users' accounts and for the accuracy of the product and price information it enters.

2.2 Customer shall not resell the Service or use it to send unsolicited messages.

2.3 Customer is responsible for obtaining the consents of travellers that are required by law for the collection of their personal information through the booking channels, and for its own terms of sale to travellers.

2.4 Customer shall keep user passwords secret and inform Provider without delay if it suspects that an account has been misused.

2.5 Customer shall pay the fees in accordance with the Order Form. If an undisputed invoice remains unpaid for more than 30 days after a written reminder, Provider may suspend access to the agent workspace until payment is received, but shall not suspend the traveller booking channels or delete any Customer Data.

### Clause 3. Customer Data

3.1 All booking, traveller, product and pricing data that Customer or its users enter into the Service, and all output generated from it ("Customer Data"), belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and does not use it for any other purpose.

3.2 Provider hosts the Service and Customer Data in a cloud region located in mainland China and does not transfer Customer Data abroad.

3.3 Provider maintains access controls, encryption in transit and at rest, daily backups and logging of administrative access, and its hosting environment holds a valid level-3 record under the PRC Multi-Level Protection Scheme.

3.4 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate measures to contain it, and be liable for losses suffered by Customer as a result of an incident caused by Provider's breach of this Clause 3.

3.5 On expiry or termination, Provider shall make Customer Data available for export in a standard format for 30 days and then delete it, and confirm the deletion in writing.

### Clause 4. Intellectual Property

4.1 Provider owns the Service and all its underlying software.

4.2 Booking page designs, itinerary templates and product configurations created for Customer during onboarding belong to Customer, which may use, modify and have them used by third parties freely.

### Clause 5. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to persons who need to know it and are bound by similar duties, during the Subscription Term and three years after it.

### Clause 6. Subcontracting

Provider shall not subcontract the performance of the Service to any third party, other than its cloud hosting provider named in the documentation, without Customer's prior written consent.

### Clause 7. Liability

7.1 Neither party is liable for indirect or consequential loss, including loss of profit or bookings.

7.2 Each party's total liability under the Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to Customer's payment obligations, breach of Clause 3 or Clause 5, or wilful misconduct.

### Clause 8. Term and Termination

8.1 The Agreement runs for the Subscription Term.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund any prepaid fees for the remaining period.

### Clause 9. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

### Clause 10. Force Majeure

Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunications networks, provided that it informs the other party promptly and takes reasonable steps to limit the effect. Payment obligations for periods in which the Service was provided are not excused.

### Clause 11. General

11.1 Neither party may assign the Agreement without the other's written consent.

11.2 The Agreement, consisting of the Order Form and these General Terms, is the entire agreement of the parties about its subject. Changes must be in writing and signed by both parties.

11.3 Notices must be given in writing to the addresses in the Order Form, by courier or by e-mail with confirmation of receipt. The Agreement is executed in English; a Chinese translation may be prepared for reference only.
"""

E03 = """T:Purchase Contract for Cold Store Temperature Monitoring Equipment
P:Contract No. HBCC-PUR-2025-066
P:Buyer: Qingdao Haibin Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Caymon Sensing Technologies Ltd., Cricket Square, George Town, Grand Cayman, Cayman Islands, acting through its Qingdao representative office (the "Supplier").
P:The Buyer operates a cold store with 24 cold rooms and 6 blast freezers at its Huangdao logistics park and must keep continuous, calibrated temperature and humidity records for its food and pharmaceutical customers. After a competitive quotation process, the Buyer has selected the Supplier. This Contract is made on the Buyer's standard purchase terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, configure and commission wireless temperature, humidity and door sensors, LoRa gateways, a monitoring server and the ColdWatch monitoring software (together, the "System"), and shall train the Buyer's staff, as set out in Section 2 and in the Technical Specification in Annex 1.
P:1.2 The System shall record the temperature of every cold room at intervals of no more than 1 minute with an accuracy of ±0.3 °C, raise alarms by SMS, telephone call and the WeCom app, and keep the records for audit in a tamper-evident form.
H:Section 2 Price
P:2.1 All prices are in Chinese Yuan (CNY), include VAT, delivery to the site, insurance and import duties, and are fixed for the duration of this Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 °C to +60 °C|240|680|163,200
TB:2|Wireless temperature and humidity sensor|60|920|55,200
TB:3|Door contact sensor|80|260|20,800
TB:4|LoRa gateway with cellular backup|12|6,400|76,800
TB:5|Monitoring server (rack mounted, redundant power)|1|48,000|48,000
TB:6|ColdWatch monitoring software, perpetual licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||460,000
TB:7|Installation, cabling and commissioning|1 lot|58,000|58,000
TB:8|Calibration with CNAS certificates|1 lot|18,000|18,000
TB:9|Training of operators and administrators|1 lot|8,000|8,000
TB:|Contract Price|||544,000
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 353,600) within 15 working days after the Installation Certificate under Section 4.3. The Installation Certificate confirms delivery and installation only and is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 190,400) within 15 working days after Final Acceptance under Section 5.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's representative office or its authorised distributor in China.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 40 days after signature of this Contract and complete installation within 20 days after delivery, without interrupting cold store operations.
P:4.2 Installation work in a cold room shall be scheduled with the Buyer's warehouse manager. The Supplier's staff shall follow the Buyer's site safety and food hygiene rules.
P:4.3 When all equipment is installed and powered on, the parties shall jointly check quantities and serial numbers and sign an Installation Certificate.
P:4.4 All equipment shall be new, of the models stated in Annex 1, packed for transport and storage at low temperature, and delivered with certificates of origin, conformity certificates and user manuals in Chinese. Title and risk pass to the Buyer on signature of the Installation Certificate.
P:4.5 The Supplier shall provide a sensor location plan before installation, showing the position of every sensor, gateway and antenna. The plan requires the Buyer's written approval.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests shall show that: every sensor reports to the System at least once per minute; the reading of each sensor deviates by no more than ±0.3 °C from a calibrated reference thermometer at three test points; alarms reach the designated persons within 60 seconds by all three channels; a power cut of a gateway does not cause loss of data; and the audit trail cannot be edited by any user.
P:5.2 After the tests have been passed, the System shall run for 30 consecutive days without a Severity 1 incident. The Buyer shall then sign the Final Acceptance Certificate or give the Supplier a written list of defects.
P:5.3 Installation, use of the System or any payment does not constitute acceptance. If a test fails, the Supplier shall remedy the defects at its cost within 10 days and repeat the test.
H:Section 6 Warranty and Service Levels
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During this period the Supplier shall repair or replace any defective equipment, provide software updates and recalibrate every sensor once, free of charge.
P:6.2 A Severity 1 incident is an incident in which temperature data from one or more cold rooms is not recorded or alarms are not sent. The Supplier shall respond to a Severity 1 incident within 30 minutes, at any time of day, and arrive at the site within 6 hours if the incident cannot be solved remotely. Other incidents shall be answered within 2 hours during working hours and fixed within 3 working days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or arrival time, the Supplier shall pay the Buyer CNY 500.
P:6.4 After the warranty, the Buyer may order annual maintenance at 8% of the Hardware and Licence Subtotal, being CNY 36,800 per year, covering the same services. This fee is fixed for three years after the warranty. Maintenance is ordered by a separate written order each year and does not renew automatically.
H:Section 7 Data
P:7.1 All temperature, humidity, door and alarm records and all other data generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:7.2 The System is installed on the Buyer's own server. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN and with a personal account. The Supplier shall follow the PRC Data Security Law and the Buyer's information security rules, shall not copy data outside the System, and shall wipe any storage media it removes from the site.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any loss of data or unauthorised access caused by it, help restore the records, and bear all losses, including claims of the Buyer's customers, caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 The site configuration, sensor mapping, dashboards, report templates and interface scripts prepared for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by any third party.
P:8.2 The ColdWatch software and sensor firmware remain the property of their owners and are licensed to the Buyer perpetually for use with the System.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer names, storage volumes and site layout, and shall not disclose it to any third party without prior written consent. This duty continues for three years after this Contract ends.
H:Section 10 Delay and Liability
P:10.1 If the Supplier fails to complete delivery, installation or Final Acceptance tests on time for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under Section 10.1 reach their maximum. The Supplier shall then refund all payments received for equipment that is removed.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.
H:Section 14 Miscellaneous
P:14.1 Annex 1 (Technical Specification), Annex 2 (Sensor Location Plan) and Annex 3 (Acceptance Test Plan) form part of this Contract.
P:14.2 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party promptly and limits the effects. The time for performance is extended accordingly.
P:14.3 This Contract is made in two originals in English and Chinese; both versions have equal effect. Changes must be made in writing and signed by both parties.
P:For the Buyer: Qingdao Haibin Cold Chain Logistics Co., Ltd.    Authorised signatory: ____________    Date: ____________
P:For the Supplier: Caymon Sensing Technologies Ltd.    Authorised signatory: ____________    Date: ____________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** JL-MSA-2025-03

**Between:**

**Chengdu Jinli Hotel Management Co., Ltd.**, Wuhou District, Chengdu, Sichuan Province, People's Republic of China ("Customer"); and

**Coralstone Managed Services Inc.**, Broad Street, Bridgetown, Barbados, acting in China through its service partner named in Schedule 3 ("Provider").

**Background.** Customer manages six mid-scale hotels in Chengdu with 1,140 rooms in total. It wishes to outsource the day-to-day operation of its hotel IT: the service desk for hotel staff, the guest and office networks, the property management system (PMS) servers and the end-user devices. Provider offers managed IT services to hospitality groups. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.3.

1.3 "Customer Data" means all data of Customer, its hotels and its guests that Provider accesses or handles while performing the Services, including PMS records and network logs.

1.4 "Monthly Fee" and "Transition Fee" have the meanings in Schedule 2.

## 2. Term

2.1 This Agreement starts on signature. The Services run from 1 September 2025 to 31 August 2027 (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension must be agreed in writing by both parties.

## 3. Services

3.1 Provider shall perform the Services in accordance with Schedule 1, the service levels in Schedule 2 and good industry practice.

3.2 Provider shall appoint a service manager based in Chengdu who attends a monthly service review with Customer's IT manager and presents a report on incidents, changes, service level performance and open risks.

3.3 Customer shall give Provider's engineers access to the hotels' server rooms and network cabinets during agreed hours and provide a working area at each hotel.

3.4 Changes to the scope of the Services, such as the opening of a new hotel or the replacement of the PMS, shall be agreed through a written change request that states the effect on the Services, the charges and the timetable. No change is binding until signed by both parties.

3.5 Provider shall keep an up-to-date inventory of all devices, licences and support contracts it manages for Customer and make it available to Customer at any time.

3.6 Provider shall not change the configuration of a PMS server, firewall or core switch without an approved change ticket, except in an emergency, in which case it shall inform Customer's IT manager at once and record the change afterwards.

## 4. Transition

4.1 Provider shall take over the Services from Customer's current supplier according to the transition plan in Schedule 1, Part B, by 31 August 2025 (the "Transition Date").

4.2 Transition is complete when: all 1,860 devices and 96 network switches are recorded in Provider's service management tool; remote monitoring is active for every PMS server, firewall and core switch; the service desk has handled calls from all six hotels for 10 days in parallel with the current supplier; and run books for the 20 most common incidents have been approved by Customer.

4.3 When the criteria in clause 4.2 are met, Customer shall sign a Transition Acceptance Certificate within 3 working days or give written reasons for refusing it.

4.4 If Transition is not completed by the Transition Date for reasons attributable to Provider, Provider shall pay Customer liquidated damages of 0.02% of the Total Contract Value for each day of delay.

## 5. Charges and Payment

5.1 At Customer's request, all charges are in CNY and include VAT. The charges are set out in Schedule 2. The Total Contract Value is CNY 1,170,000.

5.2 The Transition Fee is invoiced after the Transition Acceptance Certificate is signed. The Monthly Fee is invoiced monthly in arrears. Customer pays each invoice within 30 days after receipt.

5.3 No advance payment is due under this Agreement.

## 6. Service Levels

6.1 Provider shall aim to meet the service levels in Schedule 2 and shall report its performance each month.

6.2 The service levels are targets. If Provider fails to meet a service level, it shall investigate the cause and present a remediation plan at the next monthly review. Failure to meet a service level does not entitle Customer to service credits, fee reductions or damages.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Service Term.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including guest information, room rates and business plans, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This duty continues for three years after the Agreement ends.

## 9. Intellectual Property

9.1 Run books, network diagrams, configuration files, scripts and reports prepared by Provider for Customer belong to Customer, which may use and modify them freely and hand them to any future service provider.

9.2 Provider's service management tool and monitoring software remain Provider's property.

## 10. Personnel and Subcontracting

10.1 Provider shall use qualified engineers and replace any engineer whom Customer reasonably asks to be removed.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent, except to the service partner named in Schedule 3, which Customer approves by signing this Agreement. Provider remains responsible for all subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud and wilful misconduct, which are not limited.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after receiving written notice of it.

12.2 On expiry or termination, Provider shall give reasonable help for the transfer of the Services to Customer or a new provider for up to 60 days, charged at the day rate in Schedule 2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 14. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. Monthly Fees are not payable for any period in which the Services are not provided.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties. Changes must be in writing and signed by both parties.

15.2 Neither party may assign this Agreement without the other party's written consent.

15.3 Signed in two originals in English.

**For Customer:** ____________ (name, title, date)

**For Provider:** ____________ (name, title, date)

## Schedule 1 — Services

### Part A — Service Scope

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, WeCom and e-mail desk for hotel staff, in Chinese | 24 hours, 7 days |
| Network operation | Guest Wi-Fi, office LAN, firewalls and internet lines at six hotels | Monitoring 24 × 7 |
| Server operation | PMS, POS and file servers: patching, backup, restore tests | Business days |
| End-user devices | 1,860 PCs, tablets and printers: installation, repair, moves | On-site 08:00–22:00 |
| Vendor coordination | Carriers, PMS vendor, hardware warranties | Business days |

### Part B — Transition Plan

| Step | Activity | Target date |
|---|---|---|
| 1 | Inventory of devices and network equipment | 25 July 2025 |
| 2 | Installation of monitoring agents | 8 August 2025 |
| 3 | Parallel service desk operation | 11–22 August 2025 |
| 4 | Run book approval and handover | 29 August 2025 |

## Schedule 2 — Service Levels and Charges

### Part A — Service Levels

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | PMS unavailable at a hotel, or guest Wi-Fi down in a whole hotel | 30 minutes | 6 hours |
| P2 | Single system or floor affected | 1 hour | 8 hours |
| P3 | Single user affected | 2 hours | 2 business days |
| Availability | Core network and PMS servers, per month | 99.95% | — |

### Part B — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 54,000 |
| Monthly Fee | 46,500 × 24 months | 1,116,000 |
| **Total Contract Value** | | **1,170,000** |
| Additional work | day rate per engineer | 2,800 |

## Schedule 3 — Approved Service Partner

| Name | Role |
|---|---|
| Sichuan Tianfu Network Engineering Co., Ltd. | On-site engineers at the six hotels |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL TRACKING AND PORT CALL DATA API

Agreement No. LMD-2025-CN-041

PARTIES

Lucayan Maritime Data Ltd., a company incorporated in the Commonwealth of The Bahamas, with its office at Bay Street, Nassau, New Providence, The Bahamas ("Vendor").

Ningbo Haishu Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its office in Haishu District, Ningbo, Zhejiang Province ("Customer").

BACKGROUND

Customer arranges sea freight for exporters in the Yangtze River Delta and wishes to show its clients live vessel positions and estimated arrival times, and to plan trucking to the port. Vendor collects, cleans and publishes vessel position (AIS) data and port call data through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Vendor's web interface through which Customer retrieves the Data.
1.2 "Data" means the vessel positions, vessel particulars, port call events and estimated arrival times made available through the API, and the historical data set described in clause 2.3.
1.3 "Customer Inputs" means the vessel watch-lists, booking references, container numbers, search queries and other information that Customer submits to the API.
1.4 "Subscription Year" means the period from 1 October 2025 to 30 September 2026, and the period from 1 October 2026 to 30 September 2027.
1.5 "Integration Work" means the services described in clause 3.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API and to use the Data in Customer's own systems, and to display the Data to Customer's clients in its customer portal and shipment notifications.
2.2 The Subscription Term runs from 1 October 2025 to 30 September 2027 and consists of two Subscription Years. The subscription does not renew automatically. A renewal requires a new written agreement.
2.3 Vendor shall deliver, by 31 October 2025, a historical data set of port calls at Ningbo-Zhoushan, Shanghai, Qingdao and Shenzhen ports for calendar years 2022 to 2024 in CSV format.
2.4 Customer may not resell the Data as a data product or make it available to third parties other than as described in clause 2.1.
2.5 Vendor shall maintain coverage of at least the ports listed in Annex A and shall inform Customer at least 30 days in advance of any material reduction in coverage. If coverage of a listed port is lost for more than 10 days in a row, Customer may reduce the port call data module fee in proportion for that period.
2.6 Vendor collects the Data from its own receivers, satellite providers and public sources and applies quality checks before publication. Vendor does not guarantee that every vessel position is complete or correct, but shall correct reported errors without undue delay.

3. INTEGRATION WORK

3.1 Vendor shall help Customer connect the API to Customer's transport management system, including field mapping, a sample integration library in Java and a webhook for port call events.
3.2 Integration Work is accepted when: the webhook delivers arrival and departure events for 50 test vessels within 5 minutes of the event in Vendor's system; position queries for 500 vessels return complete results in less than 1 second each; and the field mapping is confirmed by Customer's IT department in writing. Customer shall sign an acceptance note or list any failures within 5 working days after Vendor's notice.
3.3 The field mapping, integration library and webhook configuration developed for Customer belong to Customer, which may use, modify and license them freely.

4. FEES

4.1 At Customer's request, all fees are stated and paid in CNY and include taxes.

Item                                          Basis                                     Amount (CNY)
Professional API plan (3 million calls/month)  138,000 per Subscription Year x 2          276,000
Port call data module                         42,000 per Subscription Year x 2           84,000
Integration Work (one-time)                   fixed                                     16,000
Total Contract Value                                                                    376,000

4.2 Calls above 3 million in a calendar month are charged at CNY 0.02 per call and invoiced monthly in arrears. Such usage charges are not part of the Total Contract Value.
4.3 Subscription fees are invoiced quarterly in advance, in eight equal instalments of CNY 45,000. The Integration Work fee is invoiced after acceptance under clause 3.2.
4.4 Customer pays each invoice within 30 days of receipt.
4.5 Vendor may not change the fees during the Subscription Term. Vendor shall give Customer a monthly usage report showing the number of calls made, so that Customer can monitor any overage charges.

5. SERVICE LEVELS

5.1 Vendor shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.
5.2 Position data shall be updated at least every 3 minutes for vessels within coverage of Vendor's terrestrial receivers.
5.3 A Priority 1 incident is an incident in which the API is unavailable or returns no current positions. Vendor shall respond to a Priority 1 incident within 30 minutes at any time and keep Customer informed every hour until it is resolved. Priority 2 incidents shall be answered within 2 hours.
5.4 If monthly availability falls below the level in clause 5.1, Customer receives a service credit of 5% of the monthly share of the subscription fees for each 0.1 percentage point or part of it, up to 25% of that monthly share. Credits are deducted from the next invoice.

6. DELAY

If the historical data set under clause 2.3 is delivered late for reasons attributable to Vendor, Vendor shall pay Customer CNY 250 for each day of delay, deducted from the next invoice.

7. CUSTOMER INPUTS AND USE OF DATA

7.1 Customer Inputs remain Customer's property.
7.2 Customer grants Vendor a perpetual, royalty-free licence to retain and use Customer Inputs, in aggregated and de-identified form, to improve and extend Vendor's data sets, to train its arrival-time models and to produce statistics and products for other customers. This licence survives the end of this Agreement.

8. DATA SECURITY

8.1 Vendor shall protect Customer Inputs and Customer's account with access controls, encryption in transit and at rest, multi-factor authentication for its administrators and logging of administrative access, and shall keep Customer Inputs in a data centre in mainland China.
8.2 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs or Customer's account, take immediate steps to contain it and be responsible for the losses that Customer suffers as a result of an incident caused by Vendor.

9. CONFIDENTIALITY

Each party shall keep the other party's non-public business and technical information confidential, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This duty continues for three years after the end of this Agreement.

10. SUBCONTRACTING

Vendor shall not subcontract the Integration Work or the operation of the API, other than the hosting of its servers, without Customer's prior written consent.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including lost profit.
11.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for fraud, wilful misconduct and Customer's payment obligations.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.
12.2 If Customer terminates for Vendor's breach, Vendor shall refund the subscription fees paid for the period after termination.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement is governed by the laws of the Commonwealth of The Bahamas.
13.2 The courts of Nassau, The Bahamas, have exclusive jurisdiction over any dispute arising out of this Agreement.

14. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war, epidemics, government action or a general failure of satellite or internet services, if it informs the other party promptly and takes reasonable steps to limit the effect.

15. CUSTOMER RESPONSIBILITIES

15.1 Customer shall keep its API keys secret, use them only in its own systems and inform Vendor without delay if it suspects that a key has been misused, so that Vendor can revoke it and issue a new one.
15.2 Customer is responsible for the way it presents the Data to its clients and shall state in its portal that vessel positions and arrival times are estimates.

16. GENERAL

16.1 Notices must be in writing and sent to the addresses above by courier or e-mail with confirmation.
16.2 This Agreement is the entire agreement of the parties about its subject and may be changed only in writing signed by both parties.

SIGNATURES

For Lucayan Maritime Data Ltd.: ______________________  Name / Title / Date

For Ningbo Haishu Freight Forwarding Co., Ltd.: ______________________  Name / Title / Date
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h562z01_official_vehicle_platform_licence_development.pdf", "zh", Z01),
    "z02": ("h562z02_quartz_sand_dryer_control_retrofit.docx", "zh", Z02),
    "z03": ("h562z03_roast_duck_chain_ordering_membership_saas.txt", "zh", Z03),
    "z04": ("h562z04_drainage_pump_station_monitoring_om.txt", "zh", Z04),
    "z05": ("h562z05_fermented_soybean_fermentation_software_supplier_template.md", "zh", Z05),
    "e01": ("h562e01_pharma_wms_perpetual_licence_aruba_vendor.pdf", "en", E01),
    "e02": ("h562e02_travel_booking_saas_order_form_curacao_vendor.md", "en", E02),
    "e03": ("h562e03_cold_store_temperature_sensors_cayman_vendor.docx", "en", E03),
    "e04": ("h562e04_hotel_group_managed_it_services_barbados_vendor.md", "en", E04),
    "e05": ("h562e05_vessel_tracking_data_api_bahamas_vendor.txt", "en", E05),
}

# ---------------------------------------------------------------- labels (my reading of each text)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped or None for
# service, acceptance_deemed_on_delivery, contract_value), tco (fee base, annual post-warranty fee, warranty months)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10,
                         False, True, False, "PRC", G], (True, True, True, False, 1320000), (680000, 68000, 24)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, False, False, 24, 9,
                         False, False, False, "PRC", G], (True, True, True, True, 770000), (560000, 50400, 24)),
    "z03": ("cloud", [99.5, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                      True, True, False, "PRC", S], (True, True, None, False, 646000), None),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, True, None, None, None, True, None, None, None,
                         False, True, True, "PRC", S], (True, False, None, False, 400200), None),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, 25,
                         False, True, True, None, G], (True, True, True, False, 600000), (480000, 120000, 6)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11,
                         False, True, False, "Aruba", G], (True, True, True, False, 920000), (620000, 68200, 18)),
    "e02": ("cloud", [None, None, False, "buyer", True, True, True, 300 / 490000 * 100, 6 / 24 * 100, None, True,
                      None, None, None, False, True, False, "PRC", S], (False, True, None, False, 490000), None),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 24, 8,
                         False, True, False, "PRC", G], (True, True, True, False, 544000), (460000, 36800, 24)),
    "e04": ("services", [99.95, 0.5, False, "buyer", False, True, True, 0.02, 150, None, True, None, None, None,
                         False, True, False, "PRC", S], (True, True, None, False, 1170000), None),
    "e05": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 250 / 376000 * 100, 150, None, True, None,
                      None, None, False, True, False, "Bahamas", S], (True, True, None, False, 376000), None),
}

DESIGN = {  # what I set out to write, before deriving anything
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-ACCEPTANCE", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e04": ["CR-DATA-SECURITY", "CR-LD-LOW", "CR-SLA-NO-REMEDY"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base itemised."""
    t = LABELS[key][3]
    if t is None:
        return None
    base, fee, wm = t
    years = max(0.0, 5 - wm / 12)
    value = LABELS[key][2][4]
    fees = years * fee
    return {"fee_pct_of_base": fee / base * 100, "post_years": years, "post_fees": fees,
            "tco": value + fees, "share_pct": fees / (value + fees) * 100}


def derive_rules(key):
    """My own reading of policy.md §3, applied to the labels (not project code)."""
    t = dict(zip(TERM_KEYS, LABELS[key][1]))
    sla, ld_stated, capped, deemed, value = LABELS[key][2]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label_json(key):
    name, lang, _ = FILES[key]
    cat, terms, extra, _ = LABELS[key]
    sla, ld_stated, capped, deemed, value = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    d = {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(TERM_KEYS, terms)),
         "expected_extra": ex, "expected_rules": derive_rules(key)}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- threshold scan
BAN = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:个\s*)?(?:小时|h\b|hours?\b|hrs?\b)", r"(?<![一二三四五六七八九十百零〇两])四\s*个?\s*小时",
    r"(?<![\w-])four[\s-]*hours?", r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.05(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十百千0-9])",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之百",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"(?<![\d.])12\s*(?:个\s*)?(?:月|months?\b|-month)", r"(?<![一二三四五六七八九十])十二\s*个?\s*月",
    r"(?<![\w-])twelve[\s-]*(?:calendar[\s-]*)?months?", r"一年", r"(?<![\w])one[\s-]*years?\b",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![一二三四五六七八九十〇零])五\s*年",
    r"(?<![\w-])five[\s-]*years?", r"(?<![\d.])60\s*(?:个\s*)?(?:月|months?\b)",
]
BAN_RE = [re.compile(p, re.I) for p in BAN]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "within 4 hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月",
            "十二个月", "12 months", "twelve months", "一年", "one year", "one-year", "15%", "15 per cent", "40%",
            "四成", "百分之四十", "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年",
             "万分之五十", "服务年度", "Subscription Year", "140%", "130%", "1.5%", "25年", "48小时", "0.5%",
             "2 hours", "14 hours", "120 months", "112 months", "10%", "3 years", "二十四个月", "三个服务年度"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BAN_RE:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    problems = []
    covered = set()
    for key, (name, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        nonws = len(re.sub(r"\s+", "", text))
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'} (non-whitespace chars {nonws})")
        if not lo <= n <= hi:
            problems.append(f"{key} length {n} outside {lo}-{hi}")
        for variant_name, t in (("built", text), ("source", src)):
            h = hits(t)
            if h:
                problems.append(f"{key} {variant_name} threshold figure(s): {h}")
        rules = derive_rules(key)
        if rules != sorted(DESIGN[key]):
            problems.append(f"{key} derived {rules} != design {sorted(DESIGN[key])}")
        covered |= set(rules)
        t = dict(zip(TERM_KEYS, LABELS[key][1]))
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append(f"{key} {k} on threshold")
        tc = tco(key)
        if tc:
            if abs(tc["share_pct"] - 40) <= 2:
                problems.append(f"{key} TCO share within 2 points of 40")
            print(f"   TCO {tc['tco']:.0f}, post-warranty fees {tc['post_fees']:.0f}, share {tc['share_pct']:.2f} %")
        print(f"   rules {rules} -> risk {risk(rules)}")
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(key), encoding="utf-8")
    if set(ALL_RULES) - covered:
        problems.append(f"rules not covered: {sorted(set(ALL_RULES) - covered)}")
    mix = [risk(derive_rules(k)) for k in FILES]
    print("risk mix", dict(zip(FILES, mix)))
    assert [k for k in FILES if not derive_rules(k)] == ["z01", "e03"]
    assert derive_rules("e01") == ["CR-GOVERNING-LAW"] and len(derive_rules("z05")) >= 8
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "fix the problems above"
    print("all checks passed")


if __name__ == "__main__":
    main()
