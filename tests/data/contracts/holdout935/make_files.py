"""holdout935: builds the ten drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the .json labels
and asserts the checks of the brief (rules derived from labels, coverage, lengths, no threshold value or figure).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H935Z01 = """T:核技术利用单位监管平台建设项目政府采购合同
P:合同编号：SST-HJ-2026-0417
P:采购人（甲方）：市生态环境局
P:供应商（乙方）：江城辐安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方就核技术利用单位监管平台的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供核技术利用单位监管平台软件（以下简称“平台”）的永久使用许可，并完成放射源全生命周期台账、射线装置备案管理、移动执法终端、辐射环境自动监测数据接入、预警研判五个定制模块的开发、部署与上线。
P:1.2 平台覆盖全市约六百八十家核技术利用单位，支持同时在线用户不少于三百人，部署于甲方政务云环境，不得部署于乙方或第三方自有服务器。
P:1.3 定制功能的详细需求以双方确认的《需求规格说明书》为准，该说明书作为本合同附件一。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾肆万元整（¥2,240,000.00），为固定总价，已包含全部税费。分项如下：平台软件许可费¥1,180,000；定制开发费¥760,000；历史数据迁移及省级系统接口费¥214,000；实施与培训费¥86,000。
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥448,000。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即¥1,008,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥784,000。
P:3.4 甲方通过国库集中支付方式付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署及初步验收，在初步验收后六十日内完成试运行并申请最终验收。
P:4.2 乙方应按周向甲方提交项目进度报告，重大风险应在发现后两个工作日内书面报告。
P:4.3 乙方应在合同签订后二十日内提交项目实施方案，内容包括进度计划、人员安排、数据迁移方案、安全保障方案及应急预案，经甲方确认后执行。实施方案的变更须经甲方书面同意。
P:4.4 因甲方原因（包括需求确认延迟、政务云资源未按期开通）造成工期延误的，乙方可申请相应顺延，但应在延误发生后三个工作日内书面提出，逾期未提出的视为工期不顺延。
H:第五条 验收
P:5.1 初步验收标准：《需求规格说明书》所列功能全部实现；历史台账数据迁移后逐项比对一致；与省级辐射安全管理系统的接口连续七日无数据丢失；三百并发用户下常用查询响应时间不超过三秒。性能测试由甲方委托的第三方机构实施，测试脚本事先经双方确认。
P:5.2 最终验收标准：试运行不少于六十日且期间未发生一级故障；通过甲方委托的第三方软件测评及网络安全等级保护测评；用户手册、运维手册及源代码等文档齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。平台上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），且前三年不上调。维护合同按年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日经甲方同意）。
P:7.2 一级故障（平台整体不可用或监测数据中断）乙方应在30分钟内响应，两小时内到场，八小时内恢复；二级故障两小时内响应，一个工作日内解决。
P:7.3 响应或恢复超时的，每超时一小时扣减¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000，从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台原有产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、数据迁移脚本及相关文档、源代码的知识产权归甲方所有，乙方应在最终验收时一并移交。
H:第九条 数据安全
P:9.1 平台存储和处理的全部业务数据（包括放射源信息、单位信息、监测数据、执法记录）归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应按照网络安全等级保护第三级要求落实数据安全措施，通过甲方堡垒机进行运维操作，不得将数据复制至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、核技术利用单位信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合验收标准，经两次整改仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
P:11.3 甲方逾期付款的，应按未付金额的万分之三每日向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权书面解除本合同，并要求乙方赔偿损失。
H:第十四条 履约保证金与人员
P:14.1 乙方应在合同签订后十个工作日内向甲方提交合同总价5%的履约保证金，可采用银行保函形式，最终验收合格且无未结违约事项后无息退还。
P:14.2 乙方应指派具有同类项目经验的项目经理及不少于六名开发、实施人员，名单作为附件二。关键人员未经甲方同意不得更换；甲方认为人员不称职的，有权要求更换。
P:14.3 乙方应为甲方业务科室、执法支队及区县分局操作人员提供不少于八场集中培训，并提供培训教材和操作视频，培训效果以考核结果为准。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力导致一方不能履行合同的，受影响方应在事件发生后三日内通知对方，并在十五日内提供证明。双方可协商延期履行、部分履行或者解除合同，不可抗力期间的违约金予以免除。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议不得对采购标的、合同价款等实质性内容作出变更。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件一《需求规格说明书》、附件二《项目人员名单》、招标文件及投标文件均为本合同的组成部分。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

H935Z02 = """T:生产线控制系统改造合同
P:合同编号：YGC-GZ-2026-031
P:甲方：东陵圆规厂有限公司
P:乙方：恒拓工控自动化有限公司
P:甲方为提升圆规、分规及绘图仪器生产线的自动化水平，委托乙方对冲压、车削、装配和包装四条生产线的控制系统实施改造。双方经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，提供并安装新的PLC控制柜、伺服驱动及电机、触摸屏、工业交换机，部署产线监控软件，完成PLC程序编制、配方管理及与甲方现有ERP系统的数据对接。
P:1.2 改造须在甲方安排的停产窗口内分线实施，每条生产线停线时间不超过七日，不得影响其他生产线的正常生产。
P:1.3 具体技术要求以附件一《技术规格书》为准。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰陆拾陆万元整（¥1,660,000），含税、含运输、保险及安装费用。价格明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控制器及I/O模块）|6套|98,000|588,000
TB:2|伺服驱动器及伺服电机|24套|14,500|348,000
TB:3|工业触摸屏（HMI）|12台|8,500|102,000
TB:4|工业以太网交换机|8台|6,000|48,000
TB:5|产线监控软件许可（永久）|1套|300,000|300,000
TB:|软硬件小计|||1,386,000
TB:6|安装调试费|1项|158,000|158,000
TB:7|PLC编程与系统联调费|1项|96,000|96,000
TB:8|操作及维护培训费|1项|20,000|20,000
TB:|合计|||1,660,000
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并安装完成后，甲方支付合同总价的55%。到货及安装完成不视为验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
P:3.5 乙方应在收到预付款前向甲方提交等额的银行预付款保函，保函在设备全部到货安装后失效。
H:第四条 交付与安装
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方厂区，并在甲方通知的停产窗口内完成安装。
P:4.2 设备到货时双方共同开箱检验，核对型号、数量及外观，签署到货签收单。签收单仅证明到货，不构成质量验收。
H:第五条 验收
P:5.1 每条生产线改造完成后，乙方应进行单线调试，并连续带料试生产七十二小时。
P:5.2 最终验收标准：各生产线节拍达到附件一规定值；冲压线定位精度不大于±0.02mm；设备综合效率较改造前提高不少于8个百分点；监控软件产量、停机及报警数据与现场记录一致；ERP接口连续十日无数据差错。
P:5.3 四条生产线均达到上述标准后，双方签署最终验收报告。设备投入生产使用不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现的质量问题，乙方免费维修或更换，并承担往返运费。
P:6.2 质保期内，一级故障（整条生产线停机）乙方应在1小时内响应，六小时内到场，十小时内恢复生产；二级故障（单台设备异常）两小时内响应，次日内解决。
P:6.3 响应或到场超时的，每超时一小时，乙方向甲方支付¥500，从质量保证金或应付款项中扣除。
P:6.4 质保期内同一设备因同一质量问题维修两次以上仍不能正常运行的，乙方应免费更换同型号新设备，更换后的设备质保期重新计算。乙方每季度应对改造后的生产线进行一次现场巡检，检查控制柜散热、接线端子、伺服参数及软件运行日志，并向甲方提交巡检报告。
H:第七条 质保期满后的维保
P:7.1 质保期满后，甲方可委托乙方继续提供年度维保服务，服务内容包括定期巡检、备件供应、程序优化及故障处理。
P:7.2 年度维保费参照乙方当年度公布的服务价目表确定，由双方每年另行签订维保合同，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目编制的PLC程序、HMI画面、配方数据结构及ERP接口程序，其知识产权归甲方所有，乙方应在验收时移交源程序及注释。
P:8.2 产线监控软件本身的知识产权归原厂所有，甲方获得永久使用许可。
H:第九条 数据与保密
P:9.1 控制系统及监控软件产生的生产数据、工艺参数和配方数据归甲方所有，乙方不得用于本合同以外的用途。
P:9.2 乙方远程维护须经甲方逐次批准并通过甲方指定的VPN接入，不得拷贝生产数据，不得在控制网络中安装与本项目无关的软件。因乙方原因导致数据泄露、丢失或控制系统遭受网络攻击的，乙方应在两小时内报告并承担由此造成的全部损失。
P:9.3 双方对在履行合同过程中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，该义务在合同终止后三年内有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方原因造成甲方停产时间超过第一条约定的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方可将现场布线、控制柜基础施工等辅助工作分包给具备相应资质的单位，但应提前书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十二条 安全生产
P:12.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，持证上岗，做好停电挂牌等安全措施。因乙方原因发生安全事故的，由乙方承担责任。
P:12.2 改造期间拆除的旧控制柜、线缆及元器件归甲方所有，乙方应分类整理后交甲方指定地点存放，不得擅自处置。施工现场每日完工后应清理干净，动火作业须提前办理甲方动火审批手续。
H:第十三条 培训、备件与技术资料
P:13.1 乙方应在每条生产线调试期间对甲方操作工、设备维修人员及工艺人员进行现场培训，培训内容包括控制柜操作、配方切换、常见报警处理和伺服参数备份，每条生产线培训不少于两天，培训结束后进行实操考核。
P:13.2 乙方应随设备提供随机备件，并向甲方推荐常用易损件清单及参考价格；质保期内更换下来的故障部件归乙方所有。乙方承诺所供主要设备在最终验收后至少八年内能够持续供应同型号或兼容备件。
P:13.3 乙方应在最终验收前向甲方移交电气原理图、接线图、控制柜布置图、PLC程序及注释、HMI工程文件、参数备份、设备说明书和合格证等技术资料，纸质版两套，电子版一套。
H:第十四条 甲方的配合义务
P:14.1 甲方应按双方确认的进度安排停产窗口，提供施工用电、临时存放场地及必要的起吊设备，并指定一名项目联系人负责协调。
P:14.2 甲方应在乙方编程前提供各产品型号的工艺参数及节拍要求，并对乙方提交的配方数据结构进行确认。甲方原因造成停产窗口推迟的，乙方的工期相应顺延。
H:第十五条 合同解除
P:15.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。发生争议时双方协商解决，协商不成的，提交东陵仲裁委员会仲裁。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

H935Z03 = """冰上龙舟体验门店预约及会员管理系统服务合同

合同编号：BLZ-SaaS-2026-008
甲方：北辰冰上龙舟文化体验连锁有限公司
乙方：云栈畅游软件科技有限公司

甲方在全国经营三十家冰上龙舟体验门店，现委托乙方提供在线预约及会员管理系统的软件服务（SaaS）及上线实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方三十家门店提供场次预约、在线支付对接、会员储值与积分、次卡套餐、团体活动报名、核销、数据报表等功能模块。
2. 系统支持甲方微信小程序及门店收银终端使用，单店同时在线操作账号不少于十个。
（二）实施服务
1. 乙方负责完成三十家门店的系统配置、原会员数据迁移、小程序页面定制、支付通道联调及店员培训。
2. 甲方定制的小程序页面、活动模板及专属报表，按附件一《实施需求确认单》执行。
（三）服务期限
本合同服务期为两个服务年度，自系统上线验收通过之日起计算，每满一年为一个服务年度。

二、服务费用
（一）订阅费按门店计收，每店每服务年度人民币9,600元，三十家门店每服务年度合计人民币288,000元，两个服务年度合计人民币576,000元。
（二）实施费为一次性费用人民币84,000元。
（三）本合同总价为人民币660,000元（含税），包含平台使用、系统维护、版本升级、数据备份、短信通知（每店每月三千条以内）及客户服务等全部费用。门店数量在服务期内增加的，新增门店按同一单价按月折算计费。

三、付款方式
（一）实施费在系统上线验收通过后十个工作日内支付。
（二）订阅费按季度支付，甲方应在每个季度开始后十个工作日内支付当季订阅费，即每季度人民币72,000元。
（三）系统上线验收通过前，甲方无需支付任何费用。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店的实施工作。
（二）验收标准：
1. 附件一所列功能全部可用，并经甲方逐项测试确认；
2. 原会员数据（含余额、积分、次卡）迁移后抽样核对无差错，会员总数及储值总额与原系统一致；
3. 支付对账连续七日与支付通道账单一致；
4. 高峰期二百个并发预约请求下，页面响应时间不超过两秒。
（三）全部标准达成后，双方签署上线验收单。系统试用或门店开始营业不视为验收通过。
（四）验收中发现的问题，乙方应在五个工作日内整改完毕并重新提交验收；同一问题整改两次仍不合格的，甲方有权解除合同。
（五）乙方逾期完成上线验收的，每逾期一日，向甲方支付违约金人民币500元。

（五）乙方应为每家门店至少两名店员及甲方总部运营人员提供培训，培训采用集中授课与门店现场指导相结合的方式，并提供操作手册和常见问题视频。培训后店员应能独立完成预约核销、会员开卡、储值退款及日结对账操作。

五、服务水平
（一）系统月度可用率不低于99.95%，计划内维护应安排在凌晨一时至六时之间并提前两日通知甲方。
（二）一级故障（预约或支付功能全部不可用）乙方应在30分钟内响应，两小时内恢复；二级故障（部分门店或部分功能异常）两小时内响应，一个工作日内解决。
（三）乙方按月向甲方提供服务报告，载明可用率、故障次数及处理时长。乙方尽力达到上述服务水平，但不因未达到服务水平而承担扣款、服务费减免或其他赔偿责任。

六、数据归属与数据安全
（一）会员信息、预约记录、交易流水等甲方业务数据归甲方所有。
（二）乙方有权将甲方业务数据进行脱敏和汇总处理后，用于行业分析报告、产品优化及其他客户的经营对标服务，该权利在本合同终止后继续有效。
（三）乙方应采取加密存储、访问控制、操作日志审计等措施保护甲方数据，系统应通过网络安全等级保护第二级测评。发生数据泄露的，乙方应在发现后一日内通知甲方，并承担因其过错造成的损失。
（四）乙方处理会员个人信息应遵守《中华人民共和国个人信息保护法》，不得出售会员个人信息，不得向会员发送与甲方无关的营销信息。
（五）合同终止后三十日内，乙方应向甲方提供全部业务数据的完整导出文件，并在甲方确认后删除平台上的甲方数据。

七、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、活动模板及专属报表归甲方所有，甲方可自行修改或委托第三方使用。

八、保密
双方对履行本合同中知悉的对方商业秘密、会员信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

九、系统升级与客户服务
（一）乙方可对云平台进行版本升级，但升级不得减少本合同约定的功能，不得改变甲方已配置的业务规则。涉及门店操作方式重大变化的升级，乙方应提前十日通知甲方并提供培训材料。
（二）乙方应设立专属客户成功经理及服务热线，服务时间为每日八时至二十三时，覆盖甲方门店的营业时间；节假日及寒假、春节等营业高峰期间，乙方应安排专人值守。
（三）乙方每季度与甲方召开一次服务回顾会议，分析故障、投诉及功能改进需求，形成会议纪要并跟踪落实。

十、甲方的义务
（一）甲方应指定总部项目负责人，及时确认实施需求、提供原会员数据及门店基础资料。
（二）甲方应妥善保管管理员账号和密码，对其账号下的操作负责；发现账号被盗用的，应立即通知乙方冻结。
（三）甲方应保证其通过系统收集会员个人信息已取得会员同意，并遵守个人信息保护相关法律法规。

十一、续约
本合同服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅费单价，上调幅度不超过8%，乙方应在服务期满前以书面方式告知甲方新的价格。

十二、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十三、违约与赔偿
（一）一方违约给对方造成损失的，应赔偿对方的直接损失。
（二）乙方在本合同项下的累计赔偿责任以本合同总价的150%为限，但因数据泄露及故意行为造成的损失不受此限。

十四、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）乙方连续两个月未能提供服务或发生重大数据安全事件的，甲方可立即解除合同，并要求乙方退还已预付未使用的订阅费。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方住所地有管辖权的人民法院管辖。

十六、服务终止与交接
（一）本合同期满不再续期或提前解除的，乙方应配合甲方完成数据迁移和业务交接，交接期不少于三十日，交接期间系统应保持正常可用，甲方按实际使用天数支付订阅费。
（二）交接期间乙方应向甲方或甲方指定的新服务商提供数据字典、接口说明及导出文件格式说明，并对数据导入提供必要的技术答疑。
（三）会员储值余额、未使用次卡等涉及消费者权益的数据，乙方应单独核对并出具核对报告，由双方签字确认。

十七、其他
本合同一式两份，双方各执一份，经双方签字盖章后生效。附件一为本合同的组成部分。

甲方（盖章）：
乙方（盖章）：
签订日期：2026年  月  日
"""

H935Z04 = """弃土消纳场监管系统年度运维服务合同

项目编号：CGJ-CS-2026-112（竞争性磋商）
采购人（甲方）：临川市城市管理局
供应商（乙方）：衡安智联数字科技有限公司

根据临川市城市管理局弃土消纳场监管系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方经协商一致，订立本合同。

第一条 服务范围
（一）本合同运维对象为甲方弃土消纳场监管系统，包括监管平台软件、全市十四个消纳场的出入口车牌识别、称重数据采集、视频监控点位共二百一十六个、渣土车辆GPS数据接入及手机执法端。
（二）服务内容包括：系统日常运行监测与巡检；故障处理与应急保障；软件缺陷修复与小版本升级；数据备份与恢复演练；视频及采集设备的维护与更换协调；用户操作支持；月度、年度运维报告。
（三）乙方应配合甲方完成系统的等级保护测评整改、操作系统及数据库安全补丁更新、弱口令清理等工作，配合上级主管部门的数据对接和检查，并按甲方要求对系统中的统计报表进行小范围调整。
（四）服务期为一年，自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）本合同年度运维服务费总额为人民币肆拾叁万捌仟元整（¥438,000），为固定总价，包含人工、差旅、工具、备品备件及税费。分项如下：驻场运维人员服务费¥264,000；系统巡检与升级¥96,000；前端点位维护¥54,000；重大活动及汛期应急保障¥24,000。
（二）服务期内新增消纳场接入的，按响应文件中的单价另行计算。

第三条 付款方式
（一）服务费按季度支付。每季度服务期满且季度考核结果为合格后，甲方在十五个工作日内支付当季服务费¥109,500。
（二）季度考核扣减的金额从当季服务费中直接扣除。
（三）甲方不支付预付款。

第四条 人员配备
（一）乙方应派驻不少于两名运维工程师在甲方指挥中心驻场，工作日八时三十分至十七时三十分在岗，其余时间安排专人电话值守。
（二）驻场人员须具备三年以上系统运维经验，名单报甲方备案，更换须提前十日经甲方同意。

第五条 服务水平
（一）监管平台年度可用率不低于99.5%，按月统计，计划内停机须提前两个工作日经甲方书面同意，不计入不可用时间。可用率以甲方监控系统的记录为准，乙方有异议的可在次月五日前提出复核。
（二）故障分级及时限：一级故障（平台全面中断或称重数据全部无法上传）30分钟内响应，两小时内到场，六小时内恢复；二级故障（单个消纳场数据中断）一小时内响应，当日内恢复；三级故障（单个点位故障）次日内修复。
（三）前端视频点位月度在线率不低于95%。

（四）汛期、重大活动及上级督查期间，乙方应按甲方通知增派人员实行全天值守，确保监管平台、称重数据和视频调阅正常，并在每日十八时前报送运行日报。

第六条 考核与扣减
（一）甲方按季度对乙方服务进行考核，考核细则见附件二。
（二）可用率每低于约定值0.1个百分点，扣减当季服务费¥2,000；一级故障响应或恢复超时的，每次扣减¥1,500；视频点位在线率未达标的，每低一个百分点扣减¥800。
（三）季度考核得分低于七十分的，当季服务费按得分比例支付。

第七条 运维报告与备品备件
（一）乙方应在每月五日前提交上月运维报告，内容包括系统运行情况、可用率统计、故障工单及处理结果、巡检发现的问题、数据备份情况和下月工作计划；每季度末提交季度总结，年底提交年度运维总结及系统优化建议。
（二）乙方应建立前端设备备品备件库，常用摄像机、车牌识别一体机、称重传感器及网络设备的备件数量不少于在用数量的5%，备件更换后的故障设备由乙方负责送修。
（三）乙方应建立完整的运维台账，包括资产清单、配置变更记录、账号权限清单和故障处理记录，服务期满时随交接一并移交甲方。

第八条 服务开始与验收
（一）乙方应在服务期开始前完成与上一服务商的交接，包括系统账号、资产清单、配置文件及运维文档的接收与核对。
（二）服务期满后，甲方组织年度验收。验收标准：全年月度可用率均达到约定值；全年无因乙方原因造成的数据丢失；运维报告、巡检记录及故障工单完整；数据备份恢复演练每半年至少一次且成功；交还资产与清单一致。
（三）年度验收合格后，双方签署验收报告。验收不合格的，乙方应在十五日内整改，整改后仍不合格的，甲方在最后一季度服务费中按考核办法扣减相应费用，并将验收结果记入供应商履约评价。

第九条 数据安全
（一）系统中的车辆信息、称重数据、视频资料及执法记录均归甲方所有，乙方仅可为履行本合同使用。
（二）乙方应遵守甲方信息安全管理制度，所有运维操作须通过甲方堡垒机进行并留存日志，不得私自拷贝、下载或对外提供任何数据。
（三）发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。

第十条 保密
乙方对履约中知悉的甲方工作秘密、执法信息及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露，合同终止后仍须遵守。乙方应与驻场人员签订保密承诺书并报甲方备案，人员离场时应交回门禁卡、账号及全部工作资料。

第十一条 知识产权
乙方在运维过程中为甲方编写的脚本、报表、配置及运维文档归甲方所有，甲方可自行使用、修改或交由其他服务商使用。乙方应在每季度末将上述成果的最新版本连同说明文档提交甲方归档，服务期满时全部移交。

第十二条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十三条 违约责任
（一）乙方未能在服务期开始之日起全面提供服务的，每延迟一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方因考核扣减的金额不影响甲方要求乙方承担其他违约责任的权利。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十四条 合同的变更与解除
（一）合同履行期间，双方均不得擅自变更或解除本合同，除因不可抗力致使合同目的无法实现外，任何一方不得解除合同。
（二）乙方违约的，甲方按本合同第六条、第十三条的约定扣减服务费或要求支付违约金，乙方应继续履行并采取补救措施，甲方不以此为由解除合同。

第十五条 服务期满
本合同服务期满即终止，不自动续期。服务期满后乙方应在十五日内完成向甲方或新服务商的交接，交接期间不得中断服务。

第十六条 法律适用与争议
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 廉洁与安全
（一）乙方及其人员不得向甲方工作人员提供任何形式的礼品、礼金或其他不正当利益，违反的，甲方有权将其列入不良行为记录。
（二）乙方人员前往消纳场现场作业时应遵守场区安全管理规定，佩戴安全帽，注意避让作业车辆，乙方应为其人员购买意外伤害保险，因乙方人员自身原因发生的安全事故由乙方负责。

第十八条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

H935Z05 = """# 织迹工序追踪系统软件销售及定制开发合同

（织迹软件标准合同文本 V2.3）

合同编号：ZJ-XS-2026-0529

甲方（买方）：南宁锦绣壮锦工作室

乙方（卖方）：织迹信息技术（广西）有限公司

甲方拟采购乙方“织迹工序追踪系统”，用于壮锦从纹样设计、染纱、牵经、上机织造到后整理、包装出库的全流程工序追踪与订单管理。为明确双方权利义务，双方根据《中华人民共和国民法典》，签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供织迹工序追踪系统标准版软件的永久使用许可，授权用户数二十个，授权织机终端十二台，部署于甲方自有服务器。

1.2 乙方按甲方需求进行定制开发，包括：壮锦纹样库管理模块（支持纹样编号、配色方案、挑花结本记录）、订单工序看板、织工计件统计报表。

1.3 标准版软件包括以下功能：订单登记与排产、工序流转扫码、织机状态记录、原料（丝线、棉纱）出入库、半成品与成品库存、质检记录、客户及订单查询、基础统计报表。各功能的具体说明以乙方产品手册为准。

1.4 乙方负责软件安装部署，并对甲方人员进行一次集中培训，培训时长一天，培训对象为甲方管理人员及不超过十名织工代表。培训后的内部推广由甲方自行组织。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 织迹工序追踪系统标准版软件许可（永久） | 1套 | 196,000 |
| 2 | 定制开发（纹样库、工序看板、计件报表） | 1项 | 38,000 |
| 3 | 部署及培训 | 1项 | 6,000 |
| | 合计 | | 240,000 |

合同总价为人民币贰拾肆万元整（¥240,000），含增值税。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的65%，即人民币156,000元。乙方收到该款项后安排开发及部署工作。

3.2 软件安装部署完成后五个工作日内，甲方支付剩余的35%，即人民币84,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要开具专用发票的，应在付款前提供完整的开票信息。

## 第四条 交付

4.1 乙方在收到第3.1条款项后，原则上于六十日内完成定制开发及部署。实际进度以双方沟通为准，乙方将尽力按计划完成。

4.2 因需求变更、甲方资料提供不及时或其他非乙方原因导致延期的，交付时间相应顺延。

4.3 甲方应在部署前按乙方提供的配置清单准备服务器、操作系统、数据库及网络环境，并开通乙方远程部署所需的访问权限。因环境不符合要求导致部署无法进行的，乙方可暂停工作，由此产生的额外现场服务费用由甲方承担。

4.4 甲方应在合同签订后十日内向乙方提供纹样分类规则、工序名称、计件单价表及历史订单样例等资料，资料的真实性和完整性由甲方负责。

## 第五条 验收

5.1 软件安装部署完成，乙方向甲方发出完成通知之日，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在部署完成后三日内以书面形式提出，逾期未提出的，视为甲方认可乙方交付的全部内容。

## 第六条 免费维护期

6.1 自软件安装部署完成之日起六个月为免费维护期。免费维护期内，乙方对软件本身的缺陷提供免费修复。

6.2 免费维护期内乙方通过电话、微信及远程方式提供技术支持，服务时间为工作日九时至十七时，乙方在收到问题后尽快安排技术人员处理。

6.3 因甲方操作不当、服务器硬件故障、停电或病毒等原因造成的问题，不属于免费维护范围，乙方可另行收费。

6.4 免费维护期内，乙方发布的标准版小版本升级可免费提供给甲方，大版本升级及新增功能模块需另行购买。定制开发模块是否随标准版升级适配，由乙方根据技术情况决定。

## 第七条 维护服务费

7.1 免费维护期满后，甲方如需继续使用乙方的维护及升级服务，应每年支付年度维护服务费，费用为软件许可费的22%，即每年人民币43,120元，于每个维护年度开始前一次性支付。

7.2 甲方未支付年度维护服务费的，乙方不再提供缺陷修复、版本升级和技术支持，甲方可继续使用当时已安装的版本。

7.3 年度维护服务需双方每年另行签订维护协议，不自动续期。

## 第八条 授权范围

甲方仅可在本合同约定的用户数和织机终端数范围内使用软件，超出授权数量的，应按乙方当时的报价补购许可。甲方不得出租、出借、转让软件，也不得将软件用于为第三方提供服务。甲方迁移服务器的，应提前通知乙方办理授权迁移手续。

## 第九条 知识产权

9.1 织迹工序追踪系统及其所有版本、文档的知识产权归乙方所有。

9.2 乙方为甲方定制开发的纹样库管理模块、工序看板、计件报表及相关源代码、设计文档，其著作权及其他知识产权均归乙方所有。甲方在本合同约定的授权范围内享有非独占的使用权，不得修改、反向工程、复制或许可第三方使用。

9.3 乙方有权将定制开发的功能纳入其标准产品，向其他客户提供。经甲方同意，乙方可将本项目作为案例用于宣传，但不得展示甲方的原创纹样。

## 第十条 数据安全

10.1 甲方在系统中录入的纹样资料、配色方案、订单信息及织工信息等数据归甲方所有，乙方不得用于本合同以外的目的。

10.2 乙方远程维护须经甲方同意，并在甲方人员在场的情况下进行；维护过程中不得下载、复制甲方数据。乙方应对其人员的操作行为负责，因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据并赔偿甲方因此遭受的损失。

10.3 甲方应自行做好服务器的数据备份工作。

## 第十一条 保密

双方对在合作中获知的对方商业秘密和技术资料负有保密义务，未经对方同意不得向第三方泄露，特别是甲方的原创纹样及配色方案。本保密义务在合同终止后两年内有效。

## 第十二条 责任限制

12.1 乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

12.2 因不可抗力、第三方软件或甲方网络环境原因造成的系统异常，乙方不承担责任。

## 第十三条 违约与解除

13.1 任何一方违反本合同约定，应承担相应的违约责任。

13.2 一方严重违约，经另一方书面催告后十五日内仍未改正的，另一方有权解除本合同。

13.3 甲方解除合同的，已支付的软件许可费不予退还。

13.4 因不可抗力不能履行合同的，根据不可抗力的影响部分或全部免除责任。受影响一方应及时通知对方，并在合理期限内提供相关证明。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同未尽事宜，以乙方官方网站公布的《织迹软件用户服务条款》为准；该条款与本合同不一致的，以本合同为准。

15.2 本合同为乙方标准合同文本，未经乙方书面确认，对本文本的任何手写修改均不生效。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　　　乙方（盖章）：__________

签订日期：______年____月____日
"""

H935E01 = """T:Software Licence and Services Agreement
P:Agreement No. RD-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Heilong Golden Field Rice Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin, Heilongjiang Province (the "Customer"), and Risaia Digitale S.r.l., a company incorporated in Italy with its registered office at Corso Libertà, 13100 Vercelli, Italy (the "Vendor").
P:The Customer operates four rice mills and a central quality laboratory and wishes to acquire a perpetual licence of the Vendor's GranoTrace grain quality and traceability software, together with implementation, interface development and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the GranoTrace modules listed in Annex 1 (lot traceability, laboratory information, moisture and milling-yield analytics, supplier scorecards and recall management), in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data conversion scripts and related documentation prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or processed by the Software in the course of the Customer's business, including lot records, laboratory results, supplier information and production data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.4 that the system has met the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in mainland China for the internal business of the Customer and its wholly owned subsidiaries, for up to 180 named users and four mill sites.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The licence survives any termination of this Agreement other than termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, migrate the historical lot and laboratory data of the last three crop years, develop interfaces with the Customer's ERP system, weighbridge system and laboratory analysers, and train the Customer's key users and administrators.
P:3.2 The Vendor shall complete installation within 60 days after the Effective Date and submit the system for Final Acceptance within 150 days after the Effective Date, in accordance with the project plan in Annex 2.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 2,260,000, inclusive of all taxes, duties and withholding payable in respect of the Vendor's services in China, made up as follows: Licence Fee CNY 1,520,000; implementation and data migration CNY 486,000; interface development CNY 212,000; training CNY 42,000.
P:4.2 The Customer shall pay 20% of the total price within 20 business days after signature of this Agreement and receipt of a valid invoice; 45% after the Software has been installed and the interfaces have passed integration testing; and the remaining 35% within 20 business days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account designated by the Vendor. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The Vendor shall carry out integration testing on the Customer's premises in the presence of the Customer's project team and shall record the results in a test report.
P:5.2 After integration testing, the system shall run in live operation for a trial period of 45 days.
P:5.3 The acceptance criteria are: all functions listed in Annex 1 operate as specified; migrated lot and laboratory records reconcile with the source data without unexplained differences; the interfaces with the ERP, weighbridge and analyser systems transfer data for 10 consecutive business days without loss or duplication; a full recall trace from finished bag to paddy supplier completes in less than 60 seconds; and no Severity 1 defect occurs during the trial period.
P:5.4 When the criteria are met, the Customer shall issue a Final Acceptance certificate within 10 business days. Installation, live use of the system during the trial period or any payment shall not be deemed acceptance.
H:Article 6 Delay
P:6.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
P:6.2 Liquidated damages do not release the Vendor from its obligation to complete the work. If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 14.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation and Annex 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates and new versions free of charge.
P:7.2 Defects are classified as follows. Severity 1: the system is unavailable at any mill or traceability or laboratory functions cannot be used. Severity 2: a major function is impaired but a workaround exists. Severity 3: all other defects.
P:7.3 The Vendor shall respond to a Severity 1 defect within one hour, twenty-four hours a day, and restore service within eight hours; to a Severity 2 defect within three business hours, with a fix or workaround within three business days; and to a Severity 3 defect within two business days.
P:7.4 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Customer may deduct CNY 1,500 from any amount due or claim it as a service credit.
P:7.5 After the Warranty Period, the Customer may order annual support covering the same services. The annual support fee is 10% of the Licence Fee, being CNY 152,000 per year, and shall not be increased for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Vendor or its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:8.3 The Vendor shall indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe any intellectual property right.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not keep, analyse or use it for any other purpose, whether in identifiable, anonymised or aggregated form.
P:9.2 The Vendor shall access the Customer's systems only remotely through the Customer's VPN and bastion host with multi-factor authentication, after approval of each session by the Customer, or on site. No Customer Data shall be transferred outside mainland China.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC, shall apply the security measures in Annex 3, and shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it. The Vendor is liable for all losses caused by a security incident attributable to it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's supplier lists, milling yields and prices, and shall not disclose it to any third party without prior written consent.
P:10.2 These obligations continue for three years after termination or expiry of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of either party under this Agreement is limited to 150% of the total price.
P:11.2 This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor as for its own work.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to mitigate the effects.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:14.2 The Customer may also terminate under Article 6.2. On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Italy.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration by three arbitrators. The seat of arbitration is Milan, Italy, and the language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Scope and Functional Specification), Annex 2 (Project Plan) and Annex 3 (Security Measures), is the entire agreement of the parties on its subject matter. It may be amended only in writing signed by both parties.
P:16.2 This Agreement is executed in English in two originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H935E02 = """# Order Form and Subscription Agreement — QualiFlow Supplier Quality Cloud

Order Form No. TCL-OF-2026-0388

**Provider:** Ticino Cloud Labs S.r.l., Via Fratelli Rosselli, 28100 Novara, Italy, acting through its representative office in Shanghai for invoicing and local support ("Provider")

**Customer:** Changzhou Hengrui Precision Auto Parts Co., Ltd., Wujin District, Changzhou, Jiangsu Province, PRC ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

Provider will provide Customer with access to the QualiFlow Supplier Quality Cloud (the "Service"), a software-as-a-service application for supplier onboarding, production part approval (PPAP), incoming inspection, non-conformance reports, 8D problem solving, supplier audits and supplier scorecards. The subscription covers 150 named users, up to 600 active suppliers and 2 TB of document storage. The Service is hosted in a mainland China region of a domestic cloud provider.

### A2. Subscription Term

The initial subscription term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4 (the "Subscription Start Date"); the second starts on the first anniversary of that date.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| QualiFlow Enterprise subscription, 150 users | per Subscription Year | 264,000 |
| Subscription Year 1 | | 264,000 |
| Subscription Year 2 | | 264,000 |
| Onboarding package (configuration, supplier data load, ERP connector, training) | one-time | 36,000 |
| **Total fees for the initial term** | | **564,000** |

All amounts include VAT. Additional users may be added at CNY 1,760 per user per Subscription Year, pro-rated to the end of the current Subscription Year. Provider invoices the subscription fee for each Subscription Year on its first day; invoices are payable within 30 days. The onboarding fee is invoiced on Go-Live Acceptance and payable within 30 days. No amount is payable before the Subscription Start Date.

### A4. Onboarding and Go-Live Acceptance

4.1 Provider will complete onboarding within 45 days after signature of this Order Form. Onboarding includes configuration of Customer's inspection plans, defect codes and approval workflows; loading of Customer's supplier master data and open non-conformance records; setup of the connector to Customer's ERP system for purchase orders and goods receipts; and training of ten key users.

4.2 Go-Live Acceptance requires that: (a) all test scripts agreed in the onboarding plan pass; (b) loaded supplier records reconcile with Customer's export files; (c) goods receipts created in the ERP appear in the Service within 10 minutes for five consecutive business days; and (d) Customer's key users have completed training. Customer signs a Go-Live Acceptance certificate within five business days after these conditions are met. Use of the Service by Customer before that certificate is not acceptance.

4.3 If onboarding is not completed by the date in 4.1 for reasons attributable to Provider, Provider will pay Customer CNY 400 for each day of delay until Go-Live Acceptance.

### A5. Renewal

After the initial term, this Agreement renews automatically for successive renewal terms of one Subscription Year each unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Provider may increase the subscription fee for any renewal term by up to 7% over the fee for the preceding Subscription Year by notifying Customer at least 90 days before the renewal date.

### A6. Contacts and Signature

Customer contact: Supplier Quality Department, Ms. Zhou Lan. Provider contact: Customer Success, Mr. Luca Bertone. This Order Form takes effect when signed by both parties.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider will make the Service available to Customer's authorised users during the term in accordance with the documentation and these General Terms.

1.2 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality or security.

1.3 Customer is responsible for the accuracy of the data it enters and for keeping its users' login credentials secure.

### 2. Service Levels

2.1 Provider will make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 22:00 and 06:00 China Standard Time.

2.2 Incidents are classified by Customer. For a Priority 1 incident (the Service is unavailable or inspection results cannot be recorded) Provider will respond within 30 minutes at any time and restore service within six hours. For a Priority 2 incident, Provider will respond within two business hours. For a Priority 3 incident, Provider will respond within one business day.

2.3 If monthly availability falls below the commitment in 2.1, Customer will receive a service credit of 5% of the monthly-equivalent subscription fee for each 0.1 percentage point or part of it below the commitment, up to 50% of that monthly fee. Each hour by which Provider exceeds the Priority 1 response time earns a further credit of CNY 500. Credits are deducted from the next invoice or paid at the end of the term.

2.4 Provider will publish a monthly service report showing availability, incidents and response times.

### 3. Customer Data

3.1 All data submitted to the Service by or for Customer, and all outputs generated from it ("Customer Data"), belong to Customer. Provider processes Customer Data only to provide the Service under this Agreement and on Customer's instructions and will not use it for any other purpose.

3.2 Provider will keep Customer Data in mainland China and will not transfer it abroad. Provider will protect Customer Data with measures no less protective than those required by its ISO/IEC 27001 certification and the MLPS level 3 record of the Service, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrators and logging of all administrative access.

3.3 Provider will notify Customer of any actual or suspected security incident affecting Customer Data within 12 hours after becoming aware of it, will take all necessary steps to contain it and will be responsible for the losses and regulatory costs caused to Customer by an incident resulting from Provider's breach of this section.

3.4 At the end of the term Provider will make a complete export of Customer Data available in standard formats for 60 days and will then delete Customer Data and certify its deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the Service and all its underlying software, and nothing in this Agreement transfers those rights to Customer.

4.2 Inspection plans, workflow configurations, report templates and the ERP connector mappings prepared for Customer during onboarding ("Customer Configurations") belong to Customer. Customer may use, modify and license them freely, including after the term with another provider. Provider will deliver them to Customer in exportable form on request.

### 5. Confidentiality

5.1 Each party will keep confidential any non-public information disclosed by the other party under this Agreement, including Customer's supplier list, prices, quality results and audit findings, and will use it only for the purposes of this Agreement.

5.2 These obligations continue for three years after the end of the Agreement, and for trade secrets for as long as they remain secret.

### 6. Subcontracting

6.1 Provider will not subcontract the performance of the Service or engage any sub-processor for Customer Data without Customer's prior written consent. The hosting provider named in the onboarding plan is approved by signature of this Order Form.

6.2 Provider remains responsible for the acts and omissions of its approved subcontractors.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

7.3 The limits in this section do not apply to breach of section 3 or 5, to infringement of the other party's intellectual property rights or to wilful misconduct.

### 8. Term and Termination

8.1 This Agreement continues for the initial term and any renewal term under A5.

8.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

8.3 If Customer terminates under 8.2, Provider will refund any prepaid fees for the period after termination.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate in connection with a reorganisation.

10.2 Notices must be in writing and sent to the contacts in A6 by courier or email with confirmation of receipt.

10.3 This Agreement is written in English. Any Chinese translation is for convenience only.

Signed for Provider: ____________________  Signed for Customer: ____________________
"""

H935E03 = """T:Purchase Contract for Cold-Chain Monitoring Sensors and Monitoring Software
P:Contract No. BL-CC-2026-0072
P:Buyer: Binhai Lengyun Cold Chain Logistics Co., Ltd., Tianjin, People's Republic of China (the "Buyer")
P:Supplier: Friulsense S.r.l., Viale Palmanova, 33100 Udine, Italy (the "Supplier")
P:The Buyer operates six temperature-controlled warehouses and a fleet of refrigerated vehicles. This Contract is made on the Buyer's standard purchase terms for the supply of wireless temperature and humidity sensors, gateways and a perpetual licence of the Supplier's monitoring software, with installation, calibration and training.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under clause 2, including its alarm, reporting and audit-trail functions.
P:1.3 "Deliverables" means the Equipment, the Software and all configurations, sensor maps, alarm rules, reports, interface programs and documentation provided under this Contract.
P:1.4 "Buyer Data" means all temperature and humidity readings, alarm records, location data, user records and any other data collected or generated by the Equipment or the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall deliver, install and commission 1,200 wireless sensors and 60 gateways in the Buyer's six warehouses and 180 refrigerated vehicles, according to the site survey report agreed by the parties.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's servers for up to 1,500 connected devices and unlimited users of the Buyer and its affiliates.
P:2.3 The Supplier shall calibrate every sensor against reference instruments traceable to national standards, issue a calibration certificate for each sensor and develop an interface that sends alarms and daily temperature reports to the Buyer's warehouse management system.
H:3. Price
P:3.1 The Contract Price is CNY 1,600,000, inclusive of VAT, import duties, transport to site, insurance and installation, as set out below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67|1,200|680|816,000
TB:2|LoRa / 4G gateway with battery backup|60|4,200|252,000
TB:3|ColdWatch monitoring software, perpetual licence, 1,500 devices|1|348,000|348,000
TB:|Equipment and Software Subtotal|||1,416,000
TB:4|Installation and commissioning|1 lot|124,000|124,000
TB:5|Calibration and certificates|1 lot|38,000|38,000
TB:6|Training|1 lot|22,000|22,000
TB:|Contract Price|||1,600,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes or any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 business days after signature of this Contract and receipt of an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed and the Software has been installed, against the delivery and installation certificate. That certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance under clause 6.
H:5. Delivery
P:5.1 The Supplier shall deliver the Equipment to the Buyer's warehouses within 50 days after signature of this Contract and complete installation and commissioning within 80 days after signature.
P:5.2 If the Supplier delays delivery or completion of installation for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate this Contract under clause 15.
H:6. Acceptance
P:6.1 After installation the system shall run for a trial period of 30 consecutive days.
P:6.2 Final Acceptance requires that: (a) all Equipment and Software conform to the specifications in the technical annex; (b) every sensor has a valid calibration certificate and a sample of 5% of the sensors, chosen by the Buyer, reads within ±0.3 °C of a reference instrument; (c) no sensor misses more than 20 scheduled readings during the trial period; (d) alarms reach the warehouse management system within 60 seconds in tests of each alarm type; and (e) the documentation and training have been completed.
P:6.3 When the criteria are met, the parties shall sign a Final Acceptance certificate. Delivery, installation, the trial operation or any payment does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, including batteries that fail before their rated life, and correct Software defects free of charge, and shall supply Software updates at no cost.
P:7.2 Replacement Equipment shall be shipped from the Supplier's stock in Tianjin so that a failed sensor or gateway is replaced within two business days.
H:8. Service Levels
P:8.1 Faults are classified as follows. Severity 1: the Software is unavailable or alarms are not delivered for a whole warehouse or for more than ten vehicles. Severity 2: readings or alarms fail for individual devices. Severity 3: any other fault.
P:8.2 The Supplier shall respond to a Severity 1 fault within one hour at any time of day, including public holidays, and restore service within eight hours. It shall respond to a Severity 2 fault within three business hours and resolve it within two business days.
P:8.3 If the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000 for each hour or part of an hour of delay, which the Buyer may deduct from any amount payable or from the performance guarantee.
H:9. Support After the Warranty Period
P:9.1 After the Warranty Period the Buyer may order annual support covering repair and replacement of Equipment, Software maintenance and the service levels in clause 8.
P:9.2 The annual support fee shall not exceed 7% of the Equipment and Software Subtotal, that is CNY 99,120 per year, and shall remain fixed for the first three support years. Support is ordered by separate purchase order for each year and does not renew automatically.
H:10. Intellectual Property
P:10.1 Intellectual property in the Software as delivered remains with the Supplier.
P:10.2 The sensor maps, alarm rules, report templates and interface programs developed for the Buyer, including their source code, belong to the Buyer, which may use, modify and license them without restriction.
H:11. Buyer Data and Data Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, retain or use it for any other purpose, including in anonymised or aggregated form.
P:11.2 The Software shall be installed on the Buyer's servers in mainland China. The Supplier shall access the Buyer's systems only through the Buyer's VPN and bastion host, with the Buyer's prior approval for each session, and all access shall be logged.
P:11.3 The Supplier shall ensure that the Equipment and Software use encrypted communication, contain no hidden remote access functions and are updated for known security vulnerabilities. The Supplier shall report any security incident affecting Buyer Data within two hours and is liable for all losses caused by an incident attributable to it.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential the Buyer's warehouse layouts, customer information, network configurations and any other non-public information received under this Contract, and shall not disclose it without the Buyer's prior written consent.
P:12.2 This obligation survives termination of this Contract for three years.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 11 and 12.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or in the case described in clause 5.2.
P:15.2 On termination under clause 15.1 the Supplier shall refund all amounts paid for Deliverables not accepted and compensate the Buyer for its direct losses.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.
H:17. General
P:17.1 This Contract is made in English and Chinese; both versions are equally authentic. The technical annex and the site survey report form part of this Contract.
P:17.2 The Supplier shall deliver, before Final Acceptance, user and administrator manuals in Chinese, installation drawings showing the position of every sensor and gateway, the calibration certificates and a spare-parts list with prices.
P:17.3 Notices under this Contract shall be given in writing to the addresses stated above, by courier or by email with confirmation of receipt. Any amendment to this Contract must be made in writing and signed by authorised representatives of both parties.
P:17.4 This Contract takes effect on the date on which it has been signed and sealed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H935E04 = """# Managed IT Services Agreement

Agreement No. IMS-FS-2026-021

This Managed IT Services Agreement (the "Agreement") is made between:

1. **Foshan Nanhai Muyun Furniture Manufacturing Co., Ltd.**, Nanhai District, Foshan, Guangdong Province, People's Republic of China (the "Customer"); and
2. **Isonzo Managed Services S.r.l.**, Via Roma, 34170 Gorizia, Italy, performing the services in China through its service delivery centre in Guangzhou (the "Provider").

## Section 1 Purpose and Structure

1.1 The Customer runs two factories, a distribution centre and a head office in Foshan. The Customer appoints the Provider to operate and support its IT infrastructure on a managed-service basis as described in this Agreement.

1.2 This Agreement consists of these terms and three Schedules: Schedule 1 (Service Scope), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). In case of conflict, these terms prevail over the Schedules.

## Section 2 Term

2.1 The Services start on the Service Commencement Date, being the date on which the Customer signs the Service Commencement Certificate under Section 4, and continue for 36 months (the "Term").

2.2 The Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3 Services

3.1 The Provider shall provide the services described in Schedule 1 (the "Services") for all Customer sites, in accordance with the service levels in Schedule 2 and with good industry practice.

3.2 The Provider shall staff a service desk in Mandarin and Cantonese from 07:00 to 22:00 every day and an on-call engineer outside those hours, and shall keep at least two engineers on site at the Customer's main factory during production shifts.

3.3 The Provider shall keep the configuration management database, asset register and network diagrams up to date and shall give the Customer read access to its ticketing tool at all times.

3.4 The Provider shall attend a monthly service review with the Customer and deliver a monthly service report covering availability, incidents, changes, asset movements and improvement actions.

## Section 4 Transition and Service Commencement

4.1 The Provider shall complete transition from the Customer's current arrangements within 60 days after signature of this Agreement. Transition includes the discovery and documentation of all in-scope devices, knowledge transfer from the Customer's IT staff, set-up of monitoring tools, and the run-book for each service.

4.2 Service Commencement requires that: (a) all in-scope devices are listed in the asset register and monitored; (b) the run-books are approved by the Customer; (c) the service desk has operated in parallel with the Customer's staff for ten business days and resolved at least 90 tickets; and (d) a failover test of the core network has been completed successfully. When these conditions are met, the parties sign the Service Commencement Certificate. The mere start of monitoring or ticket handling is not Service Commencement.

4.3 If Service Commencement is delayed beyond the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay.

## Section 5 Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,160,000, inclusive of VAT.

5.2 The Transition Charge is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt. No amount is payable in advance.

5.3 Service credits under Schedule 2 are deducted from the invoice for the month following the month in which they arise.

## Section 6 Service Levels

6.1 The Provider shall meet the service levels in Schedule 2. If it fails to do so, the Customer is entitled to the service credits in Schedule 2.

6.2 Service credits are a price adjustment and do not limit the Customer's other rights and remedies.

## Section 7 Customer Data

7.1 All data stored on, processed by or transmitted through the Customer's IT systems, including production, sales, customer and employee data ("Customer Data"), belong to the Customer.

7.2 The Provider may use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.

## Section 8 Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Customer's designs, product costs, customer lists and production plans, and the Provider's tools and methods.

8.2 Confidential information may be disclosed only to employees and approved subcontractors who need it to perform this Agreement and who are bound by equivalent obligations. These obligations continue for three years after the end of the Term.

## Section 9 Intellectual Property

9.1 Run-books, scripts, configurations, network documentation and reports produced by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including with a successor provider.

9.2 The Provider's monitoring and ticketing tools remain the Provider's property and are made available to the Customer only during the Term.

## Section 10 Personnel and Subcontracting

10.1 The Provider shall assign a named service delivery manager and shall not replace key personnel without giving the Customer reasonable notice and a suitable replacement.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Section 11 Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit does not apply to personal injury, wilful misconduct or gross negligence.

## Section 12 Termination and Exit

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if service credits reach the maximum in Schedule 2 in any three months of a rolling six-month period.

12.2 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the prices in Schedule 3, return all Customer documentation and transfer knowledge to the Customer or its successor provider.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force.

## Section 14 General

14.1 This Agreement may be amended only in writing signed by both parties.

14.2 This Agreement is made in English and Chinese, both versions being equally authentic.

14.3 Notices must be in writing and delivered by courier or by email with confirmation of receipt to the addresses stated above. Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 — Service Scope

| Service | Scope | Included volumes |
|---|---|---|
| Service desk | Incident and request handling for all users, Mandarin and Cantonese | 420 users |
| End-user support | Desktops, laptops, printers, scanners, mobile devices; moves, adds and changes | 460 devices |
| Network operations | Core and access switches, wireless LAN, factory Wi-Fi for handheld terminals, internet links | 4 sites, 96 switches, 140 access points |
| Server and storage operations | Monitoring, patching, backup jobs, capacity management for on-premises servers | 38 servers, 2 storage arrays |
| Business application support | First-line support for ERP, MES and warehouse systems; liaison with their vendors | 3 applications |
| Asset management | Asset register, lifecycle reporting, disposal coordination | all in-scope assets |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service level | Service credit |
|---|---|---|
| Core network and server availability | 99.7% per calendar month, excluding agreed maintenance windows | 5% of the Monthly Service Charge for each 0.1 percentage point below, up to 20% |
| Priority 1 incident (a site or a production line cannot work) | response within 15 minutes, restoration within 6 hours | CNY 1,000 per hour late |
| Priority 2 incident (a department or key application impaired) | response within 1 hour, restoration within 1 business day | CNY 300 per hour late |
| Priority 3 incident (single user) | response within 1 business day | none |
| Service requests | 90% fulfilled within 2 business days | 2% of the Monthly Service Charge per month missed |
| Monthly report | delivered by the 5th business day | CNY 500 per day late |

The maximum total service credit in any month is 20% of the Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Amount (CNY) | Basis |
|---|---|---|
| Transition Charge | 72,000 | one-time, invoiced after Service Commencement |
| Monthly Service Charge | 58,000 | per month, 36 months, monthly in arrears |
| Monthly Service Charges for the Term | 2,088,000 | 36 × 58,000 |
| Total Contract Value | 2,160,000 | |
| Additional engineer day (exit assistance, projects) | 2,600 | per engineer day, on order |

For the Customer: ____________________    For the Provider: ____________________
"""

H935E05 = """DATA SUBSCRIPTION AGREEMENT
HYDRO-METEOROLOGICAL FORECAST DATA AND API SERVICE

Agreement No. AMD-CN-2026-0093

PARTIES

Customer: Jinsha Cascade Hydropower Development Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer").

Provider: Adige Meteo Data S.r.l., Via Brennero, 38121 Trento, Italy ("Provider").

BACKGROUND

Customer operates seven hydropower stations on a cascade of mountain rivers and needs precipitation, snowmelt and inflow forecasts to plan reservoir levels and generation. Provider produces high-resolution weather and hydrological forecasts for mountain catchments and delivers them through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Data Service" means the forecast data products listed in clause 2, delivered through the API and the web dashboard.

1.2 "Subscription Year" means each period of one year starting on the Activation Date or an anniversary of it. The subscription runs for two Subscription Years.

1.3 "Activation Date" means the date on which Provider activates production API credentials for Customer under clause 4.

1.4 "Customer Data" means the gauge readings, reservoir levels, inflow and generation records and station information that Customer supplies to Provider, and any results derived from them for Customer.

1.5 "Catchment Models" means the hydrological models and calibration parameters that Provider builds for Customer's catchments under clause 3.

2. DATA SERVICE

2.1 Provider shall deliver, for the 21 catchments listed in Annex A: hourly precipitation, temperature and snow-water-equivalent forecasts up to ten days ahead; ensemble inflow forecasts for each reservoir up to fifteen days ahead; seasonal inflow outlooks updated monthly; and alerts for heavy rainfall and rapid snowmelt.

2.2 Forecasts shall be updated at least four times a day. The API shall support up to 200,000 calls per day and shall return results in JSON and CSV formats.

2.3 Customer may use the Data Service for the operation, planning and regulatory reporting of its own stations and those of its affiliates, and may share forecasts with the river basin authority and the grid dispatch centre as required by law.

3. SETUP AND CATCHMENT MODELS

3.1 Provider shall set up the Data Service for Customer within 60 days after signature. Setup includes collection and quality control of Customer Data for the last eight years, construction and calibration of the Catchment Models, configuration of alert thresholds agreed with Customer, integration support for Customer's dispatch system and training of up to fifteen users.

3.2 Customer shall supply the historical Customer Data listed in Annex B within 15 days after signature and shall give Provider read access to its real-time gauge data during the term.

4. ACTIVATION AND ACCEPTANCE

4.1 When setup is complete, Provider shall run the Data Service in parallel for 30 days before production use.

4.2 The acceptance criteria are: (a) all products in clause 2.1 are delivered for every catchment on schedule during the parallel run; (b) the Nash-Sutcliffe efficiency of one-day-ahead inflow forecasts against observed inflows is at least 0.75 for each reservoir over the calibration and validation period; (c) the dispatch-system integration has retrieved forecasts without error for ten consecutive days; and (d) the user documentation has been delivered in Chinese.

4.3 When the criteria are met, Customer shall sign an acceptance certificate and Provider shall activate the production credentials. Use of test credentials during the parallel run is not acceptance.

4.4 If setup is not completed within the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:
   Subscription Fee, Subscription Year 1: CNY 396,000
   Subscription Fee, Subscription Year 2: CNY 396,000
   Setup Fee (one-time): CNY 58,000
   Total: CNY 850,000
All amounts include VAT.

5.2 Provider shall invoice the Setup Fee and the Subscription Fee for Subscription Year 1 together upon signature of this Agreement. Customer shall pay that invoice within 15 days after receipt, and Provider shall begin setup after receipt of the payment.

5.3 Provider shall invoice the Subscription Fee for Subscription Year 2 on the first anniversary of the Activation Date, payable within 30 days.

5.4 Additional API capacity above the volume in clause 2.2 is charged at CNY 20 per thousand calls, billed quarterly in arrears.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced two days in advance and performed outside the flood season window of June to September.

6.2 Incidents are classified as: Priority 1, the API or the alerts are unavailable or forecasts have not been updated for more than one cycle; Priority 2, a product is degraded or delayed for some catchments; Priority 3, all other issues.

6.3 Provider shall respond to a Priority 1 incident within 8 hours, to a Priority 2 incident within one business day and to a Priority 3 incident within three business days, and shall work continuously on Priority 1 incidents until they are resolved.

6.4 If monthly availability falls below the level in clause 6.1, Customer shall receive a credit against the next invoice of 5% of the monthly-equivalent Subscription Fee for each 0.1 percentage point below that level, up to 25% of the monthly-equivalent fee. If no further invoice is due, Provider shall pay the credit within 30 days.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Data Service to Customer and shall not use it to improve its general products, to calibrate models for other customers or for any other purpose, whether in raw, aggregated or anonymised form.

7.2 Provider shall store and process Customer Data only on servers located in mainland China, protected by encryption in transit and at rest, access control by named accounts with multi-factor authentication, and logging of all access. Provider shall not transfer Customer Data outside mainland China.

7.3 Provider shall notify Customer of any actual or suspected security incident affecting Customer Data within 12 hours after discovering it, shall take immediate steps to contain it and shall be liable for the losses caused to Customer by any incident resulting from its failure to comply with this clause.

7.4 At the end of the term Provider shall return all Customer Data and delete all copies within 30 days, and shall confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in its forecasting systems, global models and standard data products. Customer receives a non-exclusive licence to use the data delivered under this Agreement for the purposes in clause 2.3, which continues after the term for data delivered during the term.

8.2 The Catchment Models, including their calibration parameters, code and documentation, are developed for Customer and belong to Customer. Provider shall deliver them to Customer at the end of the term or on request. Customer may use, modify and license them freely.

9. SUBCONTRACTING

9.1 Provider shall not subcontract any part of the Data Service or the setup work, and shall not engage any other company to host or process Customer Data, without Customer's prior written consent.

10. LIABILITY

10.1 Forecasts are estimates. Provider does not guarantee their accuracy beyond the criteria in clause 4.2 and is not liable for operating decisions that Customer takes on the basis of forecasts delivered in accordance with this Agreement.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 5.1. This limit does not apply to breach of clause 7, personal injury or wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written order.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the remainder of the current Subscription Year and any unused part of the Setup Fee.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding on both parties.

13. GENERAL

13.1 This Agreement, with Annex A (Catchments and Products) and Annex B (Customer Data to be supplied), is the entire agreement of the parties on its subject.

13.2 Amendments must be in writing and signed by both parties. This Agreement is signed in English and Chinese, both texts being equally valid.

13.3 Notices shall be sent by courier or by email with confirmation of receipt to the contact persons named in Annex A. Operational messages about incidents and alerts may be exchanged through the support portal or by telephone.

13.4 Neither party may assign this Agreement without the written consent of the other party. Neither party is liable for delay caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible.

Signed for Customer: ____________________
Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key -> (file name, format, source)
    "h935z01": ("h935z01_eco_bureau_nuclear_tech_supervision_platform.pdf", "pdf", H935Z01),
    "h935z02": ("h935z02_compass_factory_line_control_retrofit.docx", "docx", H935Z02),
    "h935z03": ("h935z03_ice_dragon_boat_chain_booking_saas.txt", "txt", H935Z03),
    "h935z04": ("h935z04_spoil_disposal_site_system_annual_om.txt", "txt", H935Z04),
    "h935z05": ("h935z05_zhuang_brocade_process_tracking_supplier_template.md", "md", H935Z05),
    "h935e01": ("h935e01_rice_traceability_perpetual_licence_vercelli_vendor.pdf", "pdf", H935E01),
    "h935e02": ("h935e02_supplier_quality_saas_order_form_novara_vendor.md", "md", H935E02),
    "h935e03": ("h935e03_cold_chain_sensors_monitoring_licence_udine_vendor.docx", "docx", H935E03),
    "h935e04": ("h935e04_managed_it_services_36_months_gorizia_vendor.md", "md", H935E04),
    "h935e05": ("h935e05_hydro_forecast_api_subscription_trento_vendor.txt", "txt", H935E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: lang, category, terms (in TERM_KEYS order), extra: sla_clause, ld_stated, capped (goods only), deemed, value
LABELS = {
    "h935z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
                (T, T, T, F, 2240000)),
    "h935z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, T, 0.02, N, 10, T, T, 18, N, F, T, T, "PRC", G],
                (T, T, F, F, 1660000)),
    "h935z03": ("zh", "cloud", [99.95, 0.5, F, "buyer", T, F, T, 500 / 660000 * 100, 150, N, T, N, N, N, T, T, F,
                                "PRC", S], (T, T, None, F, 660000)),
    "h935z04": ("zh", "services", [99.5, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S],
                (T, T, None, F, 438000)),
    "h935z05": ("zh", "software", [N, N, F, "supplier", T, T, T, N, N, 65, F, F, 6, 22, F, T, N, "PRC", G],
                (F, F, T, T, 240000)),
    "h935e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 10, F, T, F, "Italy", G],
                (T, T, T, F, 2260000)),
    "h935e02": ("en", "cloud", [99.95, 0.5, T, "buyer", T, T, T, 400 / 564000 * 100, 6 / 24 * 100, N, T, N, N, N, T,
                                T, F, "PRC", S], (T, T, None, F, 564000)),
    "h935e03": ("en", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7, F, T, F, "PRC", G],
                (T, T, T, F, 1600000)),
    "h935e04": ("en", "services", [99.7, 0.25, T, "buyer", F, T, T, 2000 / 2160000 * 100, 150, N, T, N, N, N, F, T,
                                   F, "PRC", S], (T, T, None, F, 2160000)),
    "h935e05": ("en", "cloud", [99.95, 8, T, "buyer", T, T, F, 500 / 850000 * 100, 150, (58000 + 396000) / 850000 * 100,
                                T, N, N, N, F, T, F, "PRC", S], (T, T, None, F, 850000)),
}
FORUM_OUTSIDE_MAINLAND = {"h935e01"}  # Milan seat
# TCO inputs for goods_or_licence labels with a stated, capped fee: (fee base = itemised licence/hardware subtotal)
TCO = {"h935z01": 1180000, "h935z05": 196000, "h935e01": 1520000, "h935e03": 1416000}

DESIGN = {
    "h935z01": [],
    "h935z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "h935z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"],
    "h935z04": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h935z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h935e01": ["CR-GOVERNING-LAW"],
    "h935e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
    "h935e03": [],
    "h935e04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "h935e05": ["CR-CONFIDENTIALITY", "CR-PREPAYMENT", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(key, t):
    if key not in TCO or t["post_warranty_fee_pct"] is None:
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = TCO[key] * t["post_warranty_fee_pct"] / 100 * post_years
    return fees / (LABELS[key][3][4] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 ("Where rules apply, and how clauses are read")."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY.get(r, "medium") for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    lang, cat, vals, (sla, lds, capped, deemed, value) = LABELS[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------- read back
def read_back(key):
    name, fmt, _ = FILES[key]
    path = OUT / name
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def text_length(key, text):
    if key[4] == "z":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                   # availability 99.9
    r"(?<![\d.,])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|个?小时)",          # 4 hours
    r"(?<![一二三四五六七八九十百零两])四\s*个?小时", r"(?<!-)(?<!twenty)four[\s-]*hours?",
    r"(?<![\d.])0?\.050*(?!\d)" + PCT, r"万分之五(?![十百千])", r"千分之零点五",      # LD 0.05 %/day
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百",                           # cap 100 %
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,   # prepayment 30 %
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![一二三四五六七八九十百])十二个月",
    r"twelve[\s-]*months?",                                           # warranty 12 months
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])", r"fifteen" + PCT,  # post-warranty 15 %
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,    # TCO share 40 %
    r"(?<![\d.,])5\s*(?:-\s*)?(?:years?|年)(?!\d)", r"(?<![一二三四五六七八九十百零])五年", r"five[\s-]*years?",
]
THRESHOLD_RE = re.compile("|".join(THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时", "四小时", "四个小时", "four hours", "0.05%", "0.05 per cent",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%",
            "百分之四十", "12 months", "12-month", "12个月", "十二个月", "twelve months", "5 years", "5年", "五年",
            "five years", "five-year"]
MUST_MISS = ["99.95%", "99.5%", "99.7%", "24 hours", "二十四小时", "twenty-four hours", "14 hours", "0.055%", "0.5%",
             "万分之五十", "万分之八", "150%", "1.30%", "0.15%", "130%", "115%", "2027年12月31日", "2025年", "十五年",
             "45%", "140%", "112 months", "25%", "35%", "0.40%", "15 days", "30 days", "40 days"]


def check_threshold_regex():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
        assert THRESHOLD_RE.search(re.sub(r"\s", "", s)), ("must hit, whitespace-free", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    check_threshold_regex()
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    built = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(built, {k: (FILES[k][0], FILES[k][1]) for k in built}, OUT, wrap_words=True)
    covered, problems = set(), []
    for key in FILES:
        lab = label(key)
        t = lab["expected_terms"]
        # rules derived from the labels = design list
        if lab["expected_rules"] != sorted(DESIGN[key]):
            problems.append((key, "rules", lab["expected_rules"], sorted(DESIGN[key])))
        covered |= set(lab["expected_rules"])
        # no label value on a threshold
        for k, v in TH.items():
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append((key, "label on threshold", k, t[k]))
        share = tco_share(key, t)
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append((key, "TCO share within 2 points", share))
        # lengths and threshold figures in the built file as read back
        text = read_back(key)
        n = text_length(key, text)
        lo, hi = (2750, 3000) if key[4] == "z" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            for m in THRESHOLD_RE.finditer(variant):
                problems.append((key, "threshold figure", variant[max(0, m.start() - 20):m.end() + 10]))
        (OUT / (FILES[key][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{key}  {n:5d} {'chars' if key[4] == 'z' else 'words'}  risk {risk(lab['expected_rules']):6s}  "
              f"tco {'' if share is None else round(share, 2)}  {', '.join(lab['expected_rules']) or '(none)'}")
    if set(ALL_RULES) - covered:
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    assert sum(1 for k in FILES if not DESIGN[k] and k[4] == "z") == 1 and \
        sum(1 for k in FILES if not DESIGN[k] and k[4] == "e") == 1
    assert DESIGN["h935e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["h935z05"]) <= 10
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
