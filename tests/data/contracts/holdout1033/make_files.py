"""holdout1033: builds the ten blind held-out drafts and their .json labels, and asserts lengths, thresholds and rule
coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:耕地保护监测平台采购合同
P:合同编号：ZRZY-CG-2027-018
P:采购人（甲方）：澄江市自然资源局
P:供应商（乙方）：北京禾壤空间信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例，甲方以公开招标方式（项目编号CJZC-2026-0931）采购耕地保护监测平台，乙方中标。双方依据招标文件、投标文件及中标通知书，在甲方提供的合同文本基础上签订本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供耕地保护监测平台软件（含遥感影像管理、图斑比对、耕地“非农化”“非粮化”预警、执法核查移动端模块）的永久使用许可，部署于甲方政务云。
P:1.2 乙方按甲方需求进行定制开发，包括卫片执法图斑自动比对、永久基本农田变化分析、与省级国土空间基础信息平台及甲方“一张图”系统的接口。
P:1.3 乙方负责历史监测数据的整合入库、系统实施及培训。
P:1.4 具体功能清单、技术参数及数量以招标文件第三章及乙方投标文件技术响应表为准，乙方不得以任何理由降低响应标准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾壹万元整（¥2,210,000），为固定总价，含税及全部费用。
P:2.2 分项价格：平台软件许可费¥1,168,000；定制开发费¥736,000；数据整合入库费¥214,000；实施及培训费¥92,000。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统初步验收合格后15个工作日内，甲方支付合同总价的45%。
P:3.3 系统最终验收合格后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付流程办理，因财政审批产生的合理时间不视为甲方逾期。
P:3.5 乙方应在合同签订前提交合同总价3%的履约保证金，最终验收合格后15个工作日内无息退还。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后90日内完成平台部署及定制功能开发，具备初步验收条件；于初步验收后60日内完成试运行。
P:4.2 乙方应提交实施方案、需求规格说明书、数据整合方案、测试报告、用户手册及运维手册。
P:4.3 实施期间乙方应遵守甲方机房及政务云管理制度，人员变更须经甲方同意。
P:4.4 乙方应组建不少于8人的项目组，项目经理须持有信息系统项目管理师证书并常驻现场，每周向甲方提交进度报告。
P:4.5 乙方应为甲方及各乡镇自然资源所提供不少于三期集中培训，每期不少于2天，内容包括平台操作、图斑核查、移动端外业核查及系统管理，并提供培训教材。
P:4.6 乙方应配合甲方完成平台在政务云上的安全加固及漏洞整改，相关费用已包含在合同总价内。
P:4.7 乙方应在初步验收前完成平台与甲方统一身份认证系统的对接，实现单点登录，并按甲方要求配置各科室及乡镇用户的角色权限。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列功能全部实现；（2）历史图斑数据与源数据逐条核对一致；（3）图斑比对单景处理时间不超过20分钟；（4）200个并发用户下页面平均响应不超过3秒；（5）与省级平台接口连续10日交换无差错。
P:5.2 最终验收标准：试运行期间无一级故障，第三方网络安全等级测评及商用密码应用安全性评估通过，全部文档齐备。
P:5.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复及技术支持。
P:6.3 质保期内乙方每半年对平台进行一次健康检查，提交检查报告，并免费提供与国家、省级耕地保护政策调整相适应的功能优化。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即不超过¥105,120/年），该价格在质保期满后的前三个服务年度内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前3个工作日通知甲方。
P:7.2 一级故障（平台整体不可用或核心比对功能失效）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方响应或到场每超时1小时，向甲方支付¥800；月度可用率每低于承诺值0.01个百分点，支付¥1,500，甲方可从应付款中直接扣除。
P:7.4 乙方应每季度提交运行报告，内容包括可用率统计、故障处理记录、图斑比对任务完成情况及优化建议。
P:7.5 遇重大执法检查、卫片集中下发等时段，乙方应安排工程师现场值守，确保平台稳定运行。
H:第八条 知识产权
P:8.1 平台软件的知识产权仍属乙方，甲方取得永久使用许可。
P:8.2 定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，乙方应在最终验收时交付源代码。甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 本项目涉及的遥感影像、图斑、权属及执法数据均属甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，通过甲方堡垒机访问系统，落实访问控制和操作审计，不得将数据带出甲方环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或履行完毕后，乙方应在10日内删除其因实施获得的全部甲方数据副本，并出具书面说明。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开的地理信息及业务资料负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务在合同终止后继续有效。涉密地理信息的管理按国家有关规定执行。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已付款项并赔偿损失。
H:第十二条 分包与转包
P:12.1 乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 双方指定的联系人及通知地址以合同首页所载为准，一方变更的应提前5个工作日书面通知对方。
P:甲方（盖章）：__________ 乙方（盖章）：__________
P:签订日期：2027年2月____日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：NX-JG-2027-006
P:甲方：宁溪县暖途电热鞋垫制造有限公司
P:乙方：常州恒拓自动化工程有限公司
P:甲方拟对其六条电热鞋垫生产线（发热片压合、裁切、包边、检测及包装工段）的控制系统进行改造，经比选确定由乙方承担。双方经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线原有继电器控制系统的拆除，PLC控制柜、伺服驱动、温控模块及触摸屏的供货与安装，产线监控软件的部署，以及PLC程序和监控画面的开发。
P:1.2 改造后各产线应实现压合温度闭环控制、工艺参数配方管理、批次追溯、能耗统计及设备状态集中监控。
P:1.3 乙方应结合甲方生产计划分线停产施工，每条产线停线时间不超过6日，不得影响其余产线正常生产。
P:1.4 乙方应在施工前完成现场勘察，核对各产线现有设备型号、电气图纸及工艺参数，编制改造方案报甲方审批，方案经甲方书面确认后方可实施。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾陆万元整（¥1,260,000），含税、运输、安装及培训费用。明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造（含PLC、电气元件）|6套|86,000|516,000
TB:2|伺服驱动及温控模块|6套|39,000|234,000
TB:3|触摸屏（HMI）|12台|6,500|78,000
TB:4|产线监控软件（永久许可）|1套|200,000|200,000
TB:软硬件小计|||| 1,028,000
TB:5|安装调试|1项|124,000|124,000
TB:6|PLC程序及监控画面开发|1项|88,000|88,000
TB:7|操作及维护培训|1项|20,000|20,000
TB:合计||||1,260,000
P:2.2 上表所列软硬件小计为人民币1,028,000元，本合同第七条维保费以此为计费基数。
P:2.3 合同价款在合同履行期间不因材料、人工价格变动而调整。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装调试完成后10个工作日内，甲方支付合同总价的55%。安装调试完成不代表验收合格。
P:3.3 最终验收合格后10个工作日内，甲方支付合同总价的25%。
P:3.4 乙方在每期付款前开具等额增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后45日内将设备运至甲方厂区，并于合同签订后100日内完成六条产线的改造及调试。
P:4.2 设备到货时双方共同开箱清点，核对型号、数量及出厂合格证，签收仅证明数量相符。
P:4.3 施工期间乙方应遵守甲方安全生产管理规定，动火、登高及带电作业须办理审批，施工人员须经安全培训。
P:4.4 乙方应在每条产线改造前提交停线计划，经甲方生产部门确认；改造完成后应恢复产线原有安全防护装置，并对操作工进行现场交底。
P:4.5 乙方提供的设备应为原厂全新正品，PLC、伺服及触摸屏的品牌、型号应与乙方报价文件一致，不得擅自替换。
H:第五条 验收
P:5.1 全部产线改造完成并连续稳定运行15日后，乙方提请最终验收。
P:5.2 验收标准：（1）压合温度控制偏差不超过±1.5℃；（2）单线产能不低于改造前水平；（3）配方切换时间不超过3分钟；（4）批次记录完整，可追溯至工位、时间及操作人员；（5）监控软件实时显示六条产线状态，数据刷新间隔不超过2秒；（6）技术文件齐全。
P:5.3 验收不合格的，乙方应在10日内整改后重新验收，所需费用由乙方承担。设备投入生产使用不视为验收合格。
P:5.4 最终验收由甲方组织，乙方提交竣工资料，包括电气原理图、接线图、PLC程序及注释、设备清单、合格证和操作规程，验收通过后双方签署验收报告。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。
P:6.2 质保期内因设备或软件质量问题产生的故障，乙方免费维修或更换，并承担往返运费及人工费。
P:6.3 质保期内，一级故障（整线停机）乙方应在1小时内远程响应，6小时内到场处理；二级故障（单工位异常）应在2小时内响应，24小时内到场。
P:6.4 乙方响应或到场每超时1小时，应向甲方支付违约金¥500，甲方可在应付款中扣除。
P:6.5 质保期内乙方每季度对各产线控制系统进行一次预防性巡检，提交巡检报告，并免费提供易损件。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方继续提供年度维保服务，内容包括定期巡检、故障维修、备件更换、程序优化及软件升级。
P:7.2 年度维保费按软硬件小计的28%计取，即每年¥287,840，在质保期满后的前三个维保年度内固定不变。
P:7.3 年度维保费于每个维保年度开始后15个工作日内支付。
P:7.4 维保期内乙方的响应时限及超时违约金按第6.3条、第6.4条执行，乙方每年应提供不少于四次现场巡检。维保合同期满是否续签由甲方决定。
H:第八条 知识产权
P:8.1 产线监控软件的著作权归软件权利人所有，甲方取得永久使用许可。
P:8.2 为本项目开发的PLC程序、监控画面、配方模板及相关源程序归甲方所有，乙方应在验收时交付源程序及注释说明，甲方有权自行修改使用。
H:第九条 数据安全
P:9.1 生产工艺参数、配方、产量及质量数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方审批，通过甲方指定的VPN账号接入，操作留存日志；不得在监控系统中植入后门或未经说明的远程通道。
P:9.4 乙方人员不得在甲方生产网络中使用未经查杀的移动存储介质。
P:9.3 因乙方原因导致数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施并承担赔偿责任。
H:第十条 保密
P:10.1 乙方对在履约过程中知悉的甲方工艺配方、客户信息及经营资料负有保密义务，未经甲方书面同意不得披露。
P:10.2 本条在合同终止后三年内持续有效。
P:10.3 乙方应促使其参与本项目的人员遵守本条约定。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定完成交付或改造的，每逾期一日按合同总价的万分之二向甲方支付违约金。
P:11.2 因乙方施工原因造成甲方停产损失或设备损坏的，乙方应予赔偿。
P:11.4 乙方交付的设备存在质量问题经两次维修仍不能正常使用的，乙方应予以更换，并承担由此产生的费用。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目。控制柜柜体加工如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 任何一方因不可抗力不能履行合同的，应及时通知对方并提供证明。
P:13.3 合同解除后，乙方应配合甲方完成已改造产线的交接，提交已完成部分的程序及资料。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:15.2 本合同附件包括：改造技术方案、设备清单及技术参数、验收方案。附件与本合同具有同等效力。
P:甲方（盖章）：__________ 乙方（盖章）：__________
"""

Z03 = """少儿田径培训门店预约及会员管理系统服务合同

合同编号：QJ-IT-2027-011
甲方：广州青距少儿体育发展有限公司
乙方：杭州约课云科技有限公司

鉴于甲方在华南地区经营30家少儿田径培训门店，需要统一的课程预约、会员管理及门店运营系统，乙方提供相应的SaaS服务及实施服务，双方经平等协商，订立本合同。

一、服务内容
（一）乙方向甲方提供“约课云”SaaS服务，包括：
1. 家长端微信小程序：课程浏览、预约、签到、请假及补课申请；
2. 门店端：排课、教练排班、场地管理、课消统计；
3. 会员管理：会员卡、课时包、储值、续费提醒及积分；
4. 总部管理端：30家门店经营报表、教练绩效及营销活动管理。
（二）乙方提供实施服务，包括系统配置、30家门店的账号开通、甲方现有会员及课时数据的迁移、与甲方微信支付商户号及财务系统的对接、门店店长及前台培训。
（四）乙方应保证家长端小程序支持微信及支付宝两种支付方式，门店端支持平板电脑及电脑浏览器访问，并提供课程表批量导入、教练资质证书到期提醒及场地冲突校验功能。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算，第二个服务年度紧接其后。

二、合同价款
（一）合同总价为人民币陆拾肆万陆仟元整（¥646,000），包括：
1. SaaS订阅费：每个服务年度¥268,000，两个服务年度合计¥536,000；
2. 实施费：¥84,000（一次性）；
3. 数据迁移费：¥26,000（一次性）。
（二）服务期内门店数量增加的，新增门店按每店每服务年度¥8,900计费，另行签订补充协议。
（三）合同价款已包含乙方为履行本合同所需的全部费用，包括短信通知费、云资源费及税费。

三、付款方式
（一）实施费及数据迁移费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费分四期按季度支付，甲方在每季度首月的10日前支付当季订阅费¥67,000。
（三）乙方在收款前开具增值税专用发票。
（四）服务期内订阅费单价固定不变。新增门店补充协议的单价按本合同第二条第（二）项执行。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成系统配置、数据迁移及全部门店培训，具备上线条件。
（二）上线验收标准：
1. 合同附件所列功能全部可用；
2. 迁移后的会员、课时余额及储值余额与甲方原系统逐条核对一致；
3. 在2,000名家长同时预约的压力测试下，预约提交平均响应时间不超过2秒；
4. 微信支付及财务对接连续7日无差错；
5. 30家门店均完成培训并试用。
（三）甲方在乙方提交验收申请后7个工作日内组织验收，并出具书面意见。验收不合格的，乙方应在10日内整改。
（四）乙方应为甲方指定一名项目经理及一名客户成功经理，项目经理负责实施期间的计划、沟通和问题协调，客户成功经理负责上线后的使用培训、需求收集及定期回访。
（五）乙方应在上线前对30家门店的店长、前台及教练分批开展培训，每批培训后提交签到记录及考核结果，并提供操作视频及常见问题手册。

五、服务水平
（一）乙方保证SaaS服务月度可用率不低于99.5%，计划内维护应安排在每日23:00至次日6:00之间，并提前2日通知甲方。
（二）故障分级及响应：
1. 一级故障（小程序或门店端整体无法使用、支付异常）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，1个工作日内解决；
3. 三级问题（咨询及优化建议）：1个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方减免当季订阅费的3%；一级故障响应超时的，每超时1小时减免¥600。减免金额从下期订阅费中抵扣。
（四）乙方每月5日前向甲方提交上月服务报告，包括可用率统计、故障记录、工单处理情况及系统优化建议。
（五）系统版本升级应提前3日通知甲方，涉及家长端界面及预约流程的重大变更，应事先征得甲方同意，并避免在寒暑假集训期间升级。

六、数据
（一）甲方上传及系统运行中产生的会员、学员、家长、课时及交易数据归甲方所有。
（二）甲方同意乙方可将上述数据去标识化、汇总后用于行业分析报告、产品改进及乙方其他客户的运营对标服务，上述使用不需另行取得甲方同意，且在合同终止后仍可继续。
（三）服务期满或合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在交付后删除其系统中的原始数据。
（四）乙方不得利用甲方数据向甲方会员推送乙方或第三方的广告。

七、数据安全
（一）乙方应按网络安全等级保护第三级要求运营系统，对学员及家长个人信息加密存储，实行最小权限访问及操作日志留存。
（二）乙方应遵守《个人信息保护法》关于未成年人个人信息的特别规定。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，配合处置，并承担因其原因造成的全部损失。
（四）乙方应定期对系统进行渗透测试，发现的高危漏洞应在5个工作日内修复，并向甲方提供修复报告。
（五）乙方员工访问甲方数据应经甲方管理员授权，访问记录保存不少于六个月。
（六）因乙方原因导致学员、家长个人信息泄露，造成甲方被主管部门处罚或第三方索赔的，乙方应承担全部赔偿责任。

八、保密
（一）双方对在合作中知悉的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务在合同终止后三年内有效。
（三）乙方应要求其员工签署保密承诺，并对员工违反保密义务的行为承担责任。

九、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）为甲方定制的小程序页面、报表模板及接口程序归甲方所有，甲方可自由使用、修改。
（三）乙方保证其提供的SaaS服务不侵犯任何第三方的知识产权，如发生侵权纠纷，由乙方负责处理并承担全部责任。

十、违约责任
（一）乙方未能按第四条约定时间具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下服务分包给第三方，但经甲方事先书面同意的除外。

十二、合同期满与解除
（一）服务期满，本合同终止，不自动续期；甲方需继续使用的，双方另行协商签订新合同。
（二）乙方严重违约且在收到甲方书面通知后15日内未纠正的，甲方有权解除本合同，并要求乙方退还已付未使用期间的订阅费。
（三）合同终止后，乙方应配合甲方将数据迁移至新系统，提供必要的数据字典及接口说明，配合期不超过30日。

十三、法律适用和争议解决
（一）本合同适用中华人民共和国法律。
（二）争议协商不成的，提交广州仲裁委员会仲裁。
（三）仲裁期间，除争议事项外，双方应继续履行本合同其他条款。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。
本合同附件包括：功能清单、服务水平说明、数据迁移方案及上线验收方案，附件与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：          乙方（盖章）：
日期：                  日期：
"""

Z04 = """桥梁动态称重系统年度运维服务合同

项目名称：桥梁动态称重系统2027年度运维服务
采购方式：竞争性磋商（项目编号：LSJT-CS-2026-044）
采购人（甲方）：临山市交通运输局
供应商（乙方）：湖南路衡智能检测技术有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，双方就临山市桥梁动态称重系统的年度运维服务签订本合同。

第一条 服务对象与内容
（一）服务对象：甲方在辖区内14座桥梁入口设置的动态称重检测点，包括称重传感器、地感线圈、高清抓拍相机、LED情报板、路侧机柜及供电设备，以及部署于甲方机房的超限管理平台软件。
（二）服务内容：
1. 日常巡检：每月对全部检测点现场巡检不少于一次，检查传感器、线圈、相机及机柜状态，清理称台杂物，形成巡检记录；
2. 定期维护：每季度对称重设备进行一次全面维护，包括紧固、防水处理、接地电阻测试及软件数据库优化；
3. 称重标定：每年对全部检测点进行两次静态及动态标定，并配合市场监管部门完成计量检定；
4. 软件运维：平台软件缺陷修复、版本升级、数据备份、与省治超联网平台接口的维护；
5. 故障处理及备品备件更换；
6. 配合甲方开展超限执法数据调取及复核。
7. 汛期及冰冻天气前对全部检测点进行专项检查，做好排水、防冻措施；
8. 每月向甲方提交称重数据质量分析报告，对异常数据及疑似作弊行为提出处理建议。
（三）服务期：自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）服务费总额为人民币肆拾捌万陆仟元整（¥486,000），包括：日常巡检及定期维护¥218,000，称重标定¥96,000，软件运维¥88,000，备品备件¥84,000。
（二）上述费用为包干价，包含人工、交通、仪器、备件及税费。单件价值在¥3,000以上的传感器整体更换，由乙方报甲方确认后按响应文件所列单价另行结算。
（三）服务期内甲方新增检测点的，运维费用按响应文件所列单点运维单价折算后另行签订补充协议。

第三条 付款方式
（一）服务费按季度支付，每季度¥121,500。
（二）每季度结束后10个工作日内，乙方提交季度运维报告及发票，甲方审核确认后15个工作日内支付当季服务费。
（三）甲方不向乙方支付预付款。
（四）乙方发生第七条所列违约情形的，甲方可从当季服务费中扣除相应违约金。

第四条 服务要求
（一）乙方应设立驻地运维小组，配备不少于4名专职运维人员及1名项目负责人，人员名单报甲方备案，更换须经甲方同意。
（二）乙方应建立运维台账，记录巡检、维护、标定、故障及备件更换情况，甲方可随时查阅。
（三）乙方作业须遵守道路交通安全规定，设置作业区警示标志，占道作业须提前报甲方及交警部门批准。
（四）乙方应建立备品备件库，常用传感器、线圈、相机及电源模块的储备数量应满足同时更换两个检测点的需要，备件清单报甲方备案。
（五）乙方运维人员应经过安全生产及业务培训，持证上岗，进入甲方机房须遵守机房管理制度并登记。
（六）乙方应制定重大活动保障、恶劣天气及系统故障的应急预案，报甲方审定，每半年组织一次应急演练。

第五条 故障响应
（一）故障分级：
1. 一级故障：平台整体瘫痪，或3个及以上检测点同时停止工作；
2. 二级故障：单个检测点停止工作或称重数据明显异常；
3. 三级故障：抓拍、情报板等辅助设备异常。
（二）响应时限：一级故障乙方应在1小时内响应，3小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内恢复；三级故障在下一个工作日内处理完毕。
（三）乙方未在上述时限内响应或恢复的，应向甲方提交书面说明并制定整改措施。
（四）故障处理完毕后，乙方应在24小时内提交故障处理报告，说明故障原因、处理过程及预防措施。
（五）故障期间，乙方应配合甲方采取临时措施，保存故障前后的称重数据及抓拍图像，确保执法证据链完整。

第六条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容为巡检及维护计划执行情况、故障处理记录、标定报告及运维台账。
（二）年度服务验收标准：
1. 全年巡检、维护和标定计划全部完成，记录齐全；
2. 标定后各检测点动态称重误差不超过±2.5%；
3. 平台数据与省治超联网平台数据核对一致；
4. 服务期末移交全部设备状态报告、备件清单及运维文档。
（三）服务期满后15日内，甲方组织年度验收并出具书面意见。
（四）季度考核发现的问题，乙方应在10个工作日内整改完毕并书面报告甲方。

第七条 违约责任
（一）乙方未按第一条约定时间完成季度定期维护或年度标定的，每逾期一日，按服务费总额的千分之一向甲方支付违约金。
（二）乙方作业造成甲方设备损坏或第三方人身财产损失的，由乙方承担赔偿责任。
（三）乙方违反第八条数据安全义务的，除赔偿损失外，甲方有权解除本合同。
（四）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

第八条 数据安全
（一）称重数据、车辆号牌、抓拍图像及超限执法数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存、对外提供或用于其他目的。
（二）乙方访问平台须通过甲方堡垒机，使用专人专账号，操作全程留存日志；不得将数据拷贝至个人设备。
（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，采取补救措施，并承担因其原因造成的全部责任。
（四）服务期满或合同解除后，乙方应将其持有的全部运维数据及文档移交甲方，并删除留存副本。

第九条 保密
乙方对履约中知悉的甲方执法信息、系统配置、账号口令及其他工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
乙方应与其参与本项目的人员签订保密协议。

第十条 知识产权
乙方在服务中形成的运维报告、标定报告、脚本及配置文档归甲方所有。乙方保证其提供的服务及工具不侵犯第三方知识产权。

第十一条 分包
乙方可将称重标定工作分包给具备相应资质的计量检测机构，但应在开展工作前10日书面告知甲方分包单位名称及资质证明。乙方对分包工作的质量负责。分包单位出具的标定报告应加盖计量检测机构印章。

第十二条 合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。
（二）服务期满本合同自然终止，不自动续期。
（三）合同解除或期满时，乙方应在15日内完成工作交接，向甲方或甲方指定的单位移交设备、账号、备件及技术资料，并配合完成过渡期运维。

第十三条 法律适用与争议解决
（一）本合同适用中华人民共和国法律。
（二）发生争议时，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）磋商文件、乙方响应文件、成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：              乙方（盖章）：
法定代表人或授权代表：      法定代表人或授权代表：
签订日期：2026年12月____日
"""

Z05 = """# 工序追踪管理软件许可及定制开发合同

**（匠迹软件标准合同文本 JX-HT-2026版）**

合同编号：JX2027-0215

甲方（采购方）：大理苍洱羊皮灯手工艺工作室

乙方（供应方）：昆明匠迹信息技术有限公司

甲方拟采购乙方“匠迹”工序追踪管理软件，并委托乙方按甲方业务进行定制开发。双方经协商，同意按本标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工序追踪管理软件标准版的使用许可，许可用户数20个，部署于乙方提供的云服务器或甲方自备服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：工序看板（选皮、鞣制、裁片、绘制、缝合、装架、质检）、皮料批次追溯、订单排产及工时统计、微店订单对接。

1.3 乙方提供系统部署、基础数据初始化及操作培训。

1.4 本合同所称“系统”指乙方依本合同提供的标准软件及定制开发功能的统称。乙方标准软件的功能以乙方官网公布的标准版功能说明为准，乙方有权对标准功能进行调整和升级。

1.5 甲方自备服务器的，应满足乙方提出的最低配置要求，因服务器配置不足导致的性能问题由甲方自行承担。

## 第二条 合同价款

2.1 合同总价为人民币叁拾万贰仟元整（¥302,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪管理软件标准版许可（20用户） | 128,000 |
| 2 | 定制开发（工序看板、批次追溯、排产、微店对接） | 156,000 |
| 3 | 部署及培训 | 18,000 |
| | 合计 | 302,000 |

2.2 上述价格不含甲方自备服务器、操作系统及数据库费用。甲方需增加用户数的，按乙方届时报价另行购买。

2.3 乙方提供云服务器部署的，云服务器租用费按乙方云资源价目表另行收取，不包含在本合同总价内。

2.4 本合同价款已包含一次上门部署的差旅费，甲方要求额外上门服务的，差旅费据实另计，每人每日服务费¥1,500。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥196,300。

3.2 系统部署完成后5个工作日内，甲方支付合同总价的35%，即¥105,700。

3.3 甲方未按期付款的，乙方有权暂停开发及服务，工期相应顺延；每逾期一日，甲方按应付金额的千分之一向乙方支付违约金。

3.4 乙方收款后开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知。甲方已支付的款项不因项目进度变化而退还。

## 第四条 开发与交付

4.1 乙方在收到首期款后开始定制开发，预计于收到首期款后60个工作日内完成部署。开发过程中甲方提出的需求变更，乙方有权调整工期并另行收费。

4.2 甲方应及时提供工艺流程说明、产品编码、皮料供应商清单等基础资料，并指定专人配合。因甲方资料延误导致的工期延长，乙方不承担责任。

4.3 交付物为可运行的软件系统及电子版操作手册。

4.4 甲方应在乙方通知后3个工作日内完成对定制功能界面的确认，逾期未确认的，视为甲方认可。定制开发内容以双方确认的需求清单为准，需求清单以外的功能均属需求变更。

4.5 乙方可根据开发需要调整项目人员，无需事先通知甲方。

## 第五条 验收

5.1 乙方完成系统部署后通知甲方，系统部署完成之日即视为甲方验收合格。

5.2 甲方在部署完成后发现的问题，可在质保期内通过乙方客服渠道提交，由乙方按第六条处理。

5.3 甲方在部署完成前使用系统处理实际业务的，自使用之日起视为验收合格。

## 第六条 质保与技术支持

6.1 质保期为六个月，自系统部署完成之日起计算。质保期内乙方对软件缺陷提供免费修复。

6.2 乙方通过电话、微信及远程方式提供技术支持，工作时间为工作日9:00至18:00。乙方将尽合理努力及时处理甲方提出的问题，但不承诺具体响应或解决时间。

6.3 质保期满后，甲方如需继续获得技术支持及升级服务，应按乙方当年度公布的服务价目表支付年度服务费。

6.4 因甲方操作不当、擅自修改系统、服务器或网络故障导致的问题，不属于质保范围。

6.5 质保期内乙方提供不超过两次的免费远程培训，超出部分按每次¥1,200收取培训费。

6.6 乙方不对系统与甲方其他软件、设备的兼容性作出保证。乙方技术支持的范围仅限于软件本身的使用咨询及缺陷修复，不包括数据录入、报表制作及业务咨询。

## 第七条 知识产权

7.1 “匠迹”软件及其全部版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、源代码、数据库设计及文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程或向他人提供。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

7.4 甲方不得将本软件用于许可范围以外的门店或关联单位，超出许可范围使用的，乙方有权按标准价格的两倍收取许可费。

## 第八条 数据

8.1 甲方录入系统的订单、客户、工艺及产量数据归甲方所有。

8.2 甲方同意乙方可对系统中的甲方数据进行脱敏处理后用于产品改进、行业统计及市场推广，该授权在合同终止后继续有效。

8.3 乙方对其提供的云服务器采取防火墙、数据加密及每日备份等安全措施，对乙方人员访问甲方数据实行授权管理并留存日志。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施，并承担相应的赔偿责任。

8.4 合同终止后，甲方可在30日内申请导出其业务数据，逾期未申请的，乙方有权删除。甲方应自行做好本地数据备份，因甲方自备服务器故障导致的数据丢失，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作中获悉的对方技术信息、经营信息及本合同内容负有保密义务，未经对方书面同意不得向第三方披露，法律法规另有规定的除外。

9.2 保密期限为合同终止后两年。

9.3 乙方为宣传需要，可在其官网及宣传材料中使用甲方名称、标识及项目案例。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

10.2 乙方对因本合同引起的间接损失、利润损失不承担责任。

10.3 乙方因不可抗力、第三方服务中断、网络攻击等原因未能履行本合同的，不承担违约责任。

10.4 甲方违反本合同第七条的，应赔偿乙方因此遭受的全部损失。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 合同解除后，甲方应立即停止使用定制开发成果及软件，并删除其全部副本。

## 第十二条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。争议期间，乙方有权暂停提供技术支持直至争议解决。

## 第十三条 其他

13.1 本合同为乙方标准合同文本，双方另有书面约定的以书面约定为准。

13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

13.3 双方往来通知以电子邮件或微信方式发送即视为送达。

13.4 本合同附件（功能清单、报价单）与本合同具有同等效力，附件与正文不一致的，以正文为准。

甲方（签章）：                    乙方（签章）：

日期：                            日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. PHS-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Yantai Blue Orchard Food Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yantai, Shandong Province (the "Buyer"), and Pajaro Harvest Systems, Inc., a California corporation with its principal office at 410 Walker Street, Watsonville, California, USA (the "Vendor").
P:The Buyer operates fruit packhouses and cold stores in Shandong and wishes to license the Vendor's HarvestTrace packhouse and traceability software and to engage the Vendor to implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HarvestTrace software in object code, version 8.2, including the grading, lot tracking, cold-store inventory, quality inspection and shipping modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other work product created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's operations, including grower records, lot and pallet data, inspection results, customer orders and personal information of the Buyer's staff.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's sites in the People's Republic of China for up to 180 named users and six packhouse sites.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer's affiliates may use the Software under the Buyer's licence, provided the Buyer remains responsible for their compliance.
P:2.3 The licence survives any termination of this Agreement other than termination by the Vendor for the Buyer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 1, including installation in the Buyer's data centre, configuration of the six packhouse sites, development of interfaces to the Buyer's ERP system, weighing scales and label printers, migration of opening stock data, and user training.
P:3.2 The Vendor shall complete installation and configuration within 120 days after the Effective Date and shall make the system ready for acceptance testing within 150 days after the Effective Date.
P:3.3 The Vendor shall assign a named project manager who speaks Mandarin and shall keep the Buyer informed by a weekly written progress report.
P:3.4 The Buyer shall provide the Vendor with timely access to its sites, systems and key users, and shall appoint a project manager with authority to take decisions on the Buyer's behalf. Delays caused by the Buyer extend the dates in Article 3.2 accordingly.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,860,000 (the "Contract Price"), inclusive of all taxes, consisting of the Licence Fee of CNY 1,380,000, implementation services of CNY 420,000 and training of CNY 60,000.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price within 30 days after the Effective Date against the Vendor's invoice; (b) 45% of the Contract Price within 30 days after installation and configuration are completed at all six sites; and (c) 35% of the Contract Price within 30 days after Final Acceptance.
P:4.3 Completion of installation and configuration is not acceptance of the Software or the Services.
P:4.4 Payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai, against a valid Chinese VAT invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall carry out acceptance tests according to the test plan agreed in writing before testing starts. The acceptance criteria are: (a) all functions listed in Annex 1 operate as specified; (b) lot traceability from grower to customer shipment is complete for a sample of 200 lots; (c) the ERP, scale and label-printer interfaces run for 10 consecutive working days without data errors; (d) grading screens respond in no more than 2 seconds with 120 concurrent users; and (e) the system runs for 30 consecutive days after go-live without a Severity 1 incident.
P:5.2 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. If the criteria are not met, the Vendor shall correct the defects and repeat the tests at its own cost. Go-live, productive use or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, upgrades and support free of charge.
P:6.2 During the Warranty Period, the Vendor shall respond to a Severity 1 incident (the system or a packhouse site is down or shipping is blocked) within 1 hour, around the clock, and shall provide a workaround within 8 hours. Severity 2 incidents shall be responded to within 2 hours and resolved within 2 working days.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Vendor shall provide annual support on the Buyer's request at a fee of 11% of the Licence Fee per year (CNY 151,800), fixed for the first three support years. Support renews only by the Buyer's written order for each year.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software and its pre-existing materials.
P:7.2 All rights in the Custom Deliverables, including copyright in their source code, vest in the Buyer upon creation. The Vendor shall deliver the source code with Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's remote access gateway with individual accounts, multi-factor authentication and session logging, and shall not transfer Buyer Data outside the People's Republic of China. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all steps to contain it and shall be liable for the losses it causes.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its advisers bound by equal duties or as required by law.
P:9.2 This Article survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 3.2, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct or breach of Articles 8 and 9.
P:10.3 Neither party is liable for indirect or consequential loss, except under Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:12.2 The Buyer may also terminate this Agreement if the liquidated damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund all amounts paid for Services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of California, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by JAMS under its International Arbitration Rules. The seat of arbitration is San Jose, California, and the language is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Scope of Services and Functions) and Annex 2 (Acceptance Test Plan outline), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English and Chinese. Both versions have equal effect.
P:14.3 Notices under this Agreement must be in writing and delivered by courier or email to the addresses set out above, with a copy to the project managers.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# TideQMS Order Form and General Terms

Order Form No. RCQ-OF-2027-0117

## Part A - Order Form

### A1. Parties

- **Provider:** Redwood Coast Quality Cloud, Inc., a California corporation, 960 Third Street, Crescent City, California 95531, USA.
- **Customer:** Zhoushan Haixian Seafood Processing Co., Ltd., a company registered in Zhoushan, Zhejiang Province, People's Republic of China.

This Order Form and the General Terms in Part B together form the agreement between Provider and Customer (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Subscription

- **Service:** TideQMS cloud quality management service, Enterprise edition, with the HACCP plan, supplier audit, lot traceability, corrective action (CAPA), laboratory results and document control modules.
- **Users:** 160 named users and 40 shop-floor tablet licences.
- **Support:** Provider's Premier support, including a named customer success manager and a Mandarin-speaking support line.
- **Hosting:** Provider's cloud tenancy operated through its hosting partner's data centre in Hangzhou, mainland China.
- **Subscription Term:** 36 months from the Subscription Start Date, which is the date Provider makes the production tenant available to Customer.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 160 users + 40 tablets | 348,000 |
| Subscription fee, Subscription Year 2 | same | 348,000 |
| Subscription fee, Subscription Year 3 | same | 348,000 |
| Onboarding and configuration (one-time) | fixed price | 86,000 |
| **Total fees for the Subscription Term** | | **1,130,000** |

Additional named users may be ordered during the Subscription Term at CNY 1,450 per user per Subscription Year, prorated. All amounts include VAT.

### A4. Invoicing and Payment

1. Provider invoices each Subscription Year's fee at the start of that Subscription Year. Customer pays within 30 days after receipt of a valid VAT invoice.
2. The onboarding fee is invoiced after Go-Live Acceptance under A5 and paid within 30 days.
3. Provider does not invoice any amount before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

1. Provider shall configure the service for Customer's three processing plants, load Customer's existing HACCP plans, supplier list and specifications, build the interface to Customer's ERP for lots and shipments, and train key users. Go-Live shall occur within 75 days after the Subscription Start Date.
2. Go-Live Acceptance criteria: (a) every module listed in A2 is configured to Customer's approved design document; (b) a mock recall traces 50 finished-goods lots back to raw-material lots within 2 hours; (c) the ERP interface runs for 10 consecutive working days without data errors; and (d) all key users have completed training. Customer issues a written Go-Live Acceptance when the criteria are met. Use of the service before that date is not acceptance.
3. Provider shall provide a project plan within 10 days after the Subscription Start Date, weekly status reports during onboarding and a named onboarding lead. Customer shall make its key users and ERP administrator available as set out in the plan.
4. If Go-Live is delayed beyond the date in A5.1 for reasons attributable to Provider, Provider shall pay CNY 900 for each day of delay, which Customer may set off against any invoice.

### A6. Renewal

At the end of the Subscription Term this Order Form renews automatically for successive renewal terms of 24 months unless either party gives notice of non-renewal at least 60 days before the end of the current term. Fees for each renewal term are Provider's list prices in effect at the start of that renewal term, which Provider may increase at its discretion by notice given at least 30 days before renewal.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and records that Customer or its users submit to the service or that the service generates from them, including supplier records, laboratory results, lot records and personal information of Customer's staff.

1.2 "Customer Configurations" means the forms, workflows, report templates, interface mappings and other configurations built for Customer during onboarding or the Subscription Term.

1.3 "Subscription Year" means each successive period beginning on the Subscription Start Date or on an anniversary of it and ending on the day before the next anniversary.

### 2. Service Levels

2.1 Provider shall make the production service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 22:00 and 06:00 Beijing time.

2.2 Priority 1 incidents (the service is unavailable, or lot tracing or HACCP monitoring cannot be used) are responded to within 30 minutes, at any time, and resolved or worked around within 6 hours. Priority 2 incidents are responded to within 2 hours during business hours.

2.3 If availability falls below the commitment in 2.1 in any month, Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below the commitment. Each late Priority 1 response earns a credit of CNY 800. Credits are applied to the next invoice or refunded at the end of the term.

2.4 Provider shall publish a monthly service report showing availability, incidents, their root causes and credits earned, within 10 working days after the end of each month.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the service to Customer and for no other purpose, including after the Subscription Term.

3.2 On expiry or termination, Provider shall make all Customer Data available for export in CSV and PDF formats for 60 days and shall then delete it and certify deletion in writing.

3.3 Provider shall not use Customer Data to train models, to build benchmarks or for marketing, and shall not sell, lease or disclose it to any third party.

### 4. Data Security

4.1 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support personnel with multi-factor authentication and keep access logs for at least 180 days.

4.2 Provider shall maintain a security programme consistent with the MLPS level 3 requirements and ISO/IEC 27001, and shall provide its current certificates on request.

4.3 Provider shall notify Customer within 12 hours of becoming aware of any security incident affecting Customer Data, shall cooperate with Customer and regulators, and is responsible for losses caused by its breach of this Section 4.

4.4 Provider shall have an independent penetration test of the service carried out in every Subscription Year and shall remediate critical findings within 10 working days.

### 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and not disclose it to third parties except to personnel and advisers who need to know it and are bound by equivalent obligations. These obligations continue for three years after the Agreement ends.

### 6. Intellectual Property

6.1 Provider owns the service, its software and its documentation.

6.2 Customer Configurations belong to Customer. Customer may use, copy, modify and let third parties use them freely, during and after the Subscription Term.

6.3 Provider shall defend Customer against any claim that the service infringes a third party's intellectual property rights and shall pay the damages awarded.

### 7. Subcontracting

Provider may use its named hosting partner stated in A2. Provider shall not engage any other subcontractor to perform the service or to process Customer Data without Customer's prior written consent.

### 8. Term and Termination

8.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

8.2 On termination by Customer under 8.1, Provider shall refund any prepaid fees for the period after termination.

8.3 On expiry or termination for any reason, Provider shall continue to provide read-only access for the export period in Section 3.2.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect, special or consequential damages or loss of profits.

9.2 Provider's total aggregate liability arising out of or relating to the Agreement shall not exceed the fees paid by Customer under this Order Form in the six months immediately preceding the event giving rise to the claim.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

11.2 Notices must be in writing and sent to the addresses in A1.

11.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible. Payment obligations are not excused.

11.4 This Agreement is made in English and Chinese. Both versions have equal effect.

Signed for Provider: ____________________  Signed for Customer: ____________________
"""

E03 = """T:Supply Contract for Tailings Dam Monitoring Sensors and Software
P:Contract No. GX-EQ-2027-031
P:Buyer: Jiangxi Ganxi Mining Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Ganzhou, Jiangxi Province (the "Buyer").
P:Supplier: Trinity Alps Instruments, Inc., a California corporation with its principal place of business at 215 Main Street, Weaverville, California, USA (the "Supplier").
P:The Buyer wishes to install an automated safety monitoring system at its No. 2 tailings storage facility, and the Supplier has agreed to supply, install and commission the sensors, data loggers and monitoring software on the terms of this Contract, which uses the Buyer's standard form for equipment purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in the price table in clause 3, install the equipment on the dam crest, slopes and downstream berms in the locations shown in the Buyer's monitoring design, connect it to the monitoring software, and train the Buyer's operators.
P:1.2 The monitoring software shall collect pore-pressure, surface displacement, rainfall and phreatic-line data, display them on a plan and section view of the dam, issue graded alarms by SMS and on screen, and export the reports required by the provincial emergency management department.
P:1.3 The Supplier shall deliver operation manuals, maintenance manuals, calibration certificates for every sensor and as-built drawings, in Chinese.
P:1.4 The Supplier shall carry out a site survey before delivery and confirm the final sensor locations with the Buyer's geotechnical engineer in writing.
H:2. Delivery and Installation
P:2.1 The Supplier shall deliver all equipment to the Buyer's site, DDP, within 75 days after the effective date of this Contract, and shall complete installation and commissioning within 50 days after delivery.
P:2.2 On delivery the parties shall check the quantity, model numbers and packaging of the equipment. Signing the delivery note confirms quantities only.
P:2.3 The Supplier's staff on site shall comply with the Buyer's mine safety rules, attend the Buyer's safety induction and use the personal protective equipment required by the Buyer.
P:2.4 The Supplier shall give the Buyer at least seven days' notice before shipment and shall provide the packing list, certificates of origin and export documents with each shipment.
H:3. Price
P:3.1 The total contract price is CNY 1,540,000 (the "Contract Price"), including all taxes, duties, transport, insurance, installation and training, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Vibrating-wire piezometers with cables|48|7,200|345,600
TB:2|GNSS surface displacement stations|16|24,500|392,000
TB:3|Tipping-bucket rain gauges|6|3,400|20,400
TB:4|Data loggers with 4G and radio gateways|22|11,800|259,600
TB:5|Monitoring software, perpetual site licence|1|338,400|338,400
TB:Equipment and licence subtotal||||1,356,000
TB:6|Installation and cabling|1 lot|148,000|148,000
TB:7|Commissioning and operator training|1 lot|36,000|36,000
TB:Total Contract Price||||1,540,000
P:3.2 The prices are fixed for the duration of this Contract. Any additional sensors ordered by the Buyer within two years after Final Acceptance shall be supplied at the unit prices in the table above.
H:4. Payment
P:4.1 The Buyer shall pay 45% of the Contract Price within 15 working days after the effective date of this Contract, against the Supplier's invoice.
P:4.2 The Buyer shall pay 35% of the Contract Price within 15 working days after all equipment has been delivered and installed. Installation does not mean acceptance.
P:4.3 The Buyer shall pay the remaining 20% of the Contract Price within 15 working days after Final Acceptance under clause 5.
P:4.4 Each payment requires a valid VAT invoice issued by the Supplier's authorised agent in China.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 30 consecutive days under trial operation. Final Acceptance is granted when: (a) every sensor reports data at the configured interval and its readings are within the accuracy stated in the technical specification; (b) GNSS stations show a horizontal precision of 3 mm or better after static solution; (c) alarms are delivered by SMS within 60 seconds of a threshold being crossed in a simulated test; (d) the reports required by the emergency management department are produced correctly; and (e) all documents in clause 1.3 have been delivered.
P:5.2 The Buyer shall issue a written Final Acceptance certificate within 10 working days after the criteria are met. If any criterion is not met, the Supplier shall remedy the defect at its own cost and the test shall be repeated. Use of the system for monitoring before that date does not constitute acceptance.
H:6. Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment and correct any software defect free of charge, including parts, labour and travel.
P:6.2 A Priority 1 fault is a loss of data from more than three sensors, a failure of the alarm function or a failure of the monitoring server. The Supplier shall respond to a Priority 1 fault within 2 hours, arrive on site within 24 hours and restore monitoring within 48 hours. Other faults shall be responded to within 8 hours and fixed within 5 working days.
P:6.3 For each hour by which the Supplier misses a Priority 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment due.
P:6.4 After the warranty period, the Supplier shall offer annual maintenance, including calibration checks, firmware and software updates and repairs, at 8% of the equipment and licence subtotal per year (CNY 108,480), fixed for three years after the warranty ends. Maintenance is ordered by the Buyer year by year and does not renew automatically.
P:6.5 During the warranty period the Supplier shall perform an on-site inspection and calibration check of all sensors every six months and submit a written report.
H:7. Intellectual Property
P:7.1 The Supplier retains ownership of the monitoring software and the sensor firmware. The licence in item 5 of the price table is perpetual and covers use at the No. 2 tailings storage facility.
P:7.2 The dam model, alarm rules, report templates and any interfaces developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files at Final Acceptance.
H:8. Data Security
P:8.1 All monitoring data, alarm records and site information collected under this Contract belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The monitoring server shall be installed in the Buyer's control room. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN, with individual accounts and logging. The Supplier shall not copy monitoring data to its own systems or transfer it outside the People's Republic of China.
P:8.3 The Supplier shall report any security incident affecting the system or the data to the Buyer within 6 hours, take immediate remedial action and bear the losses caused by its breach of this clause.
P:8.4 At the end of the warranty period, the Supplier shall hand over all administrator accounts and passwords for the system and the data loggers to the Buyer.
H:9. Delay
P:9.1 If the Supplier fails to meet a date in clause 2.1, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:9.2 The Buyer may deduct liquidated damages from any payment due to the Supplier.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. The limit does not apply to personal injury or death, damage to the dam or the Buyer's property caused by the Supplier's staff on site, wilful misconduct or breach of clause 8.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract the installation or any other part of its obligations without the Buyer's prior written consent. An approved subcontractor must hold the qualifications required for work at mine sites, and the Supplier remains responsible for it.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's written notice, or if the delay damages reach their maximum.
P:12.2 On termination under 12.1 the Supplier shall refund the payments received for equipment and services not accepted, and the Buyer may return equipment already delivered.
H:13. Force Majeure
P:13.1 A party affected by force majeure shall notify the other party promptly and is excused for the period of the event. If the event lasts more than 60 days, either party may terminate this Contract by written notice.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang. The award is final.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English, with equal effect. It takes effect when signed and sealed by both parties.
P:15.2 Annex 1 (Technical Specification), Annex 2 (Monitoring Design and Sensor Locations) and Annex 3 (Acceptance Test Procedure) form part of this Contract. Amendments are valid only if made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. CJL-MSA-2027-02

This Managed IT Services Agreement (the "Agreement") is made between:

- **Wuhan Changjiang Cold Chain Logistics Co., Ltd.**, a company incorporated in the People's Republic of China, registered office in Wuhan, Hubei Province (the "Customer"); and
- **Tehama Valley Managed Services, Inc.**, a California corporation with its head office at 735 Walnut Street, Red Bluff, California, USA, acting through its registered branch in Wuhan (the "Provider").

## 1. Definitions and Structure

1.1 This Agreement consists of these clauses and Schedule 1 (Services), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If they conflict, the clauses prevail over the Schedules.

1.2 "Services" means the managed services described in Schedule 1. "Customer Data" means all data of the Customer and its customers that the Provider accesses, stores or processes in performing the Services, including shipment records, temperature logs, customer contacts and personal information of drivers and staff.

1.3 "Service Commencement Date" means the date of the Customer's written Transition Acceptance under clause 3.

## 2. Term

2.1 The Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition and Transition Acceptance

3.1 Within 60 days after signature, the Provider shall take over the Customer's IT environment at its head office, two distribution centres and 14 depots, including asset discovery, documentation of the network and servers, installation of monitoring agents, set-up of the service desk and knowledge transfer from the Customer's current supplier.

3.2 Transition Acceptance criteria: (a) at least 98 of every 100 assets in the Customer's inventory are discovered and recorded in the CMDB, and the remaining assets are explained in writing; (b) all sites and critical systems in Schedule 1 are monitored and generate test alerts; (c) the service desk handles a trial week of tickets with all Priority 1 and Priority 2 test tickets handled within the Schedule 2 times; (d) runbooks for every critical system are approved by the Customer; and (e) the backup restore test of the warehouse management system succeeds.

3.3 The Customer shall issue Transition Acceptance in writing within 5 working days after the criteria are met, or list the failures. Monitoring or use of the service desk before that date is not acceptance.

3.4 If Transition Acceptance is delayed beyond the 60-day period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to a total of CNY 110,000.

## 4. Service Delivery

4.1 The Provider shall deliver the Services in Schedule 1 to the service levels in Schedule 2, with a service delivery manager based in Wuhan and a 24x7 Mandarin-speaking service desk.

4.2 The Provider shall report monthly on service levels, incidents, changes, capacity and security events, and shall hold a quarterly service review with the Customer.

4.3 Changes to production systems follow the Customer's change management process. Emergency changes must be approved by the Customer's duty manager.

4.4 The Provider shall maintain the CMDB, keep all documentation current and make it available to the Customer at any time through the Customer's document repository.

4.5 The Provider shall carry out a disaster recovery test of the warehouse management system every six months together with the Customer and report the results.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Service Term are CNY 2,200,000, including VAT.

5.2 The monthly service charge is invoiced monthly in arrears. The transition charge is invoiced after Transition Acceptance. The Customer pays within 30 days after receiving a valid VAT invoice. No payment is due before the Service Commencement Date.

5.3 Service Credits under Schedule 2 are deducted from the next invoice.

5.4 The charges are fixed for the Service Term and are not subject to indexation.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy, analyse, aggregate or disclose it for any other purpose, during or after the Service Term.

6.2 The Provider shall access the Customer's systems only through the Customer's privileged access management system, with individual accounts, multi-factor authentication and recorded sessions. Customer Data shall remain in mainland China.

6.3 The Provider shall comply with the Data Security Law and the Personal Information Protection Law, apply the Customer's information security policies, and notify the Customer within 2 hours after discovering any security incident affecting Customer Data. The Provider is liable for the losses caused by its breach of this clause 6.

6.4 On expiry or termination the Provider shall return all Customer Data and documentation and then securely delete its copies, confirming deletion in writing.

## 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement, and not disclose it to any third party without prior written consent, except as required by law. This clause survives for three years after the Agreement ends.

## 8. Intellectual Property

8.1 The Provider keeps its pre-existing tools and monitoring software.

8.2 Runbooks, scripts, configurations, documentation and reports created for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely.

## 9. Subcontracting and Personnel

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts of approved subcontractors.

9.2 Key personnel named in the transition plan shall not be replaced without the Customer's approval, which shall not be unreasonably withheld.

9.3 The Provider's engineers working at the Customer's sites shall comply with the Customer's site safety, food hygiene and cold-store access rules.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges in clause 5.1, except for personal injury, wilful misconduct and breach of clauses 6 and 7, which are unlimited.

10.2 Neither party is liable for indirect or consequential loss, except for breach of clauses 6 and 7.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Service Credits reach the monthly maximum in any three months of a rolling six-month period.

11.2 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, hand over all documentation and cooperate with any successor supplier.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## 13. General

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 This Agreement is made in English and Chinese, and both versions have equal effect. It takes effect when signed and sealed by both parties.

13.3 Notices must be in writing and sent to the addresses above, with a copy by email to the contract managers.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Incident and request handling for 820 users, Mandarin and English | 24x7 |
| Network management | Monitoring and management of WAN, LAN, Wi-Fi and firewalls at 17 sites | 24x7 |
| Server and storage | Monitoring, patching and backup of 64 servers and 2 storage arrays | 24x7 |
| Endpoint management | Patching, antivirus and software distribution for 780 devices | Business hours |
| Critical systems | Warehouse management, transport management and cold-store temperature monitoring | 24x7 |
| On-site support | Field engineer attendance at any site | Business hours, on call at night |

## Schedule 2 - Service Levels and Service Credits

| Measure | Target | Service Credit |
|---|---|---|
| Availability of WAN and critical systems, per month | 99.95% | 4% of the monthly charge for each 0.1 percentage point or part of it below target |
| Priority 1 response | 15 minutes | CNY 1,000 per late incident |
| Priority 1 restoration | 3 hours | CNY 2,000 per hour beyond target |
| Priority 2 response | 1 hour | CNY 300 per late incident |
| Priority 2 restoration | 8 hours | CNY 500 per hour beyond target |

The total Service Credits in a month shall not exceed 20% of that month's service charge. Priority 1 means a critical system or a whole site is down, or cold-store temperature data is not received.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 112,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total for the Service Term | | 2,200,000 |
| Exit assistance beyond the included scope | per engineer day | 2,600 |

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

E05 = """HYDROMETEOROLOGICAL DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. FRH-ZY-2027-09

PARTIES

Feather River Hydrometeorology, Inc., a California corporation with its principal office at 1880 Montgomery Street, Oroville, California, USA ("Provider").

Henan Zhongyuan Agricultural Insurance Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhengzhou, Henan Province ("Customer").

BACKGROUND

Customer underwrites crop, irrigation and livestock insurance in Henan and neighbouring provinces. Customer wishes to subscribe to Provider's gridded weather, soil-moisture and river-stage data and to the application programming interface (API) that delivers them, for pricing, claims assessment and catastrophe monitoring. Provider agrees to provide the subscription on the terms below.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in clause 2.1, delivered through the API and by bulk file transfer.

1.2 "Subscription Year" means the period from the Subscription Start Date to the day before its first anniversary, and each following period from an anniversary to the day before the next anniversary. There are two Subscription Years in the Subscription Term.

1.3 "Subscription Start Date" means the date on which Provider issues production API credentials to Customer.

1.4 "Customer Query Data" means the field coordinates, policy identifiers, insured crop types, claim locations and other information that Customer submits to the API or uploads to Provider's systems.

1.5 "Custom Connectors" means the connectors, transformation scripts and report templates that Provider builds for Customer's pricing engine and claims system.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access and use: (a) daily gridded precipitation, temperature and evapotranspiration data at 1 km resolution for mainland China; (b) soil-moisture estimates at three depths; (c) river-stage and flood-warning data for the Yellow River and Huai River basins; (d) historical data for the same products from 1991 onwards; and (e) the forecast feed with a ten-day horizon.

2.4 Provider shall notify Customer at least 60 days in advance of any change to the API that is not backward compatible and shall keep the previous API version available for at least 90 days after the change.

2.5 Provider shall provide a named technical account manager and a support desk reachable by telephone and email, with Mandarin-speaking staff during Beijing business hours.

2.2 Customer may use the Data Products for its own insurance business, including pricing, underwriting, claims and reinsurance reporting, and may share derived reports with its reinsurers and regulators.

2.3 The API allows up to 3 million calls per Subscription Year. Calls above that volume are charged at CNY 0.06 per call.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years from the Subscription Start Date.

3.2 The Agreement ends at the end of the Subscription Term. A further subscription requires a new written order; nothing in this Agreement renews automatically.

3.3 If Customer wishes to continue after the Subscription Term, the parties shall negotiate the fees in good faith at least 60 days before the end of the Subscription Term.

4. FEES AND PAYMENT

4.1 The fees are: (a) subscription fee for Subscription Year 1: CNY 420,000; (b) subscription fee for Subscription Year 2: CNY 441,000; and (c) one-time onboarding fee for the historical backfill and the Custom Connectors: CNY 38,000. The total fees for the Subscription Term are CNY 899,000, including VAT. Usage above the volume in clause 2.3 is charged separately.

4.2 Provider invoices each Subscription Year's fee at the start of that Subscription Year and the onboarding fee after Integration Acceptance. Customer pays within 30 days after receiving a valid VAT invoice.

4.3 The fees are fixed for the Subscription Term.

4.4 Provider bears its own costs of performing this Agreement, including hosting, data acquisition and licence fees of third-party data sources.

5. ONBOARDING AND INTEGRATION ACCEPTANCE

5.1 Within 45 days after signature, Provider shall deliver the historical backfill for all Data Products to Customer's storage and shall build and install the Custom Connectors.

5.2 Integration Acceptance criteria: (a) the historical backfill is complete for every product and year listed in clause 2.1, as shown by a record count report agreed by the parties; (b) a sample of 500 grid points matches Provider's reference files exactly; (c) Customer's pricing engine and claims system receive daily data through the Custom Connectors for 10 consecutive days without failure; and (d) API documentation and connector documentation in Chinese and English have been delivered.

5.3 Customer shall confirm Integration Acceptance in writing within 5 working days after the criteria are met. Use of the Data Products before that confirmation is not acceptance.

5.4 If Provider fails to deliver the historical backfill within the period in clause 5.1 for reasons attributable to it, Provider shall pay Customer CNY 600 for each day of delay, up to a maximum of CNY 30,000.

5.5 Provider shall give one training session of two days for Customer's actuaries and IT staff on the use of the API and the Data Products, at no extra charge.

6. SERVICE LEVELS

6.1 Provider shall make the API available 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance.

6.2 Daily gridded products shall be published by 06:30 Beijing time each day.

6.3 Priority 1 incidents (the API is unavailable, or a daily product has not been published by 08:00) shall be responded to within 1 hour, at any time, and resolved within 6 hours.

6.4 If the monthly availability is below the commitment in clause 6.1, Provider shall credit 5% of the monthly share of the current Subscription Year fee for each 0.1 percentage point or part of it below the commitment. Each late Priority 1 response earns a credit of CNY 500. Credits are set off against the next invoice or paid at the end of the Subscription Term.

6.5 Provider shall publish a monthly service report showing API availability, data latency, incidents and credits within 10 working days after each month.

6.6 Provider shall correct errors in published data within 2 working days after they are reported, and shall reissue corrected files.

7. CUSTOMER QUERY DATA

7.1 Customer Query Data belongs to Customer.

7.2 Provider shall use Customer Query Data only to provide the Data Products and the API to Customer and for no other purpose.

7.3 At the end of the Subscription Term, Provider shall delete all Customer Query Data held by it and confirm the deletion in writing.

7.4 Provider shall not resell, aggregate or include Customer Query Data in any data product, benchmark or model offered to others.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Data Products, the API and its models. Customer's rights in them are those granted in clause 2.

8.2 The Custom Connectors belong to Customer from creation. Provider shall deliver their source code with Integration Acceptance, and Customer may use, modify and license them freely.

8.3 Reports and analyses that Customer derives from the Data Products belong to Customer and may be kept after the Subscription Term.

8.4 Provider shall defend Customer against any claim that the Data Products or the API infringe a third party's rights and shall pay any damages awarded.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information it receives from the other party under this Agreement, including the terms of this Agreement, Customer's underwriting and claims information and Provider's model documentation, and shall not disclose it to any third party without prior written consent, except to its professional advisers, its reinsurers or regulators, or as required by law.

9.2 This clause continues for three years after the Agreement ends.

10. SUBCONTRACTING

Provider shall not subcontract the performance of this Agreement, including hosting of the API or the building of the Custom Connectors, without Customer's prior written consent.

11. LIABILITY

11.1 Provider's total liability under this Agreement is limited to 150% of the total fees in clause 4.1.

11.2 Neither party is liable for indirect or consequential loss, including loss of premium income.

11.3 The limit in clause 11.1 does not apply to Provider's obligations under clauses 7 and 9 or to wilful misconduct.

12. NO EARLY TERMINATION

12.1 The Subscription Term is a fixed commitment. The fees are non-cancellable, and Customer may not terminate this Agreement before the end of the Subscription Term for any reason. Customer's remedies for a failure of Provider to meet its obligations are the service credits in clause 6.4 and the delay payments in clause 5.4.

12.2 Provider may suspend access to the API if an invoice remains unpaid 30 days after written reminder, and may terminate this Agreement if the invoice remains unpaid for a further 30 days.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 This Agreement is made in English and Chinese, with equal effect, and takes effect on signature by both parties.

14.3 Notices must be in writing and sent by courier or email to the addresses of the parties stated above.

14.4 If any provision of this Agreement is held invalid, the remaining provisions remain in force.

For Provider: ____________________          For Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": ("h1033z01_land_bureau_farmland_monitoring_platform.pdf", "pdf", Z01, "zh"),
    "z02": ("h1033z02_heated_insole_line_control_retrofit.docx", "docx", Z02, "zh"),
    "z03": ("h1033z03_youth_athletics_booking_saas.txt", "txt", Z03, "zh"),
    "z04": ("h1033z04_bridge_weigh_in_motion_om_service.txt", "txt", Z04, "zh"),
    "z05": ("h1033z05_sheepskin_lamp_tracking_supplier_template.md", "md", Z05, "zh"),
    "e01": ("h1033e01_packhouse_software_perpetual_licence_ca_vendor.pdf", "pdf", E01, "en"),
    "e02": ("h1033e02_qms_saas_order_form.md", "md", E02, "en"),
    "e03": ("h1033e03_tailings_dam_sensors_monitoring_licence.docx", "docx", E03, "en"),
    "e04": ("h1033e04_cold_chain_managed_it_services.md", "md", E04, "en"),
    "e05": ("h1033e05_hydromet_data_api_subscription.txt", "txt", E05, "en"),
}

G, S = "goods_or_licence", "service"
# terms in API order; then extras. fee_base = itemised licence/hardware subtotal (goods only).
DESIGN = {
    "z01": dict(category="software", kind=G, value=2210000, fee_base=1168000,
                t=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False,
                   "PRC"], sla=True, ld=True, capped=True, deemed=False, forum_outside=False, rules=[]),
    "z02": dict(category="hardware", kind=G, value=1260000, fee_base=1028000,
                t=[None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 28, False, True, False,
                   "PRC"], sla=True, ld=True, capped=True, deemed=False, forum_outside=False,
                rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(category="cloud", kind=S, value=646000,
                t=[99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, False, True,
                   False, "PRC"], sla=True, ld=True, deemed=False, forum_outside=False,
                rules=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services", kind=S, value=486000,
                t=[None, 1, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                   True, "PRC"], sla=True, ld=True, deemed=False, forum_outside=False,
                rules=["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "z05": dict(category="software", kind=G, value=302000, fee_base=128000,
                t=[None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False, True,
                   None, None], sla=False, ld=False, capped=False, deemed=True, forum_outside=False,
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(category="software", kind=G, value=1860000, fee_base=1380000,
                t=[None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11, False, True, False,
                   "California"], sla=True, ld=True, capped=True, deemed=False, forum_outside=True,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(category="cloud", kind=S, value=1130000,
                t=[99.95, 0.5, True, "buyer", True, True, True, 900 / 1130000 * 100, 6 / 36 * 100, None, True, None,
                   None, None, True, True, False, "PRC"], sla=True, ld=True, deemed=False, forum_outside=False,
                rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
    "e03": dict(category="hardware", kind=G, value=1540000, fee_base=1356000,
                t=[None, 2, True, "buyer", True, True, False, 0.08, 150, 45, True, True, 24, 8, False, True, False,
                   "PRC"], sla=True, ld=True, capped=True, deemed=False, forum_outside=False,
                rules=["CR-CONFIDENTIALITY", "CR-PREPAYMENT"]),
    "e04": dict(category="services", kind=S, value=2200000,
                t=[99.95, 0.25, True, "buyer", True, True, True, 1800 / 2200000 * 100, 150, None, True, None, None,
                   None, False, True, False, "PRC"], sla=True, ld=True, deemed=False, forum_outside=False, rules=[]),
    "e05": dict(category="cloud", kind=S, value=899000,
                t=[99.95, 1, True, "buyer", False, True, True, 600 / 899000 * 100, 150, None, True, None, None, None,
                   False, False, False, "PRC"], sla=True, ld=True, deemed=False, forum_outside=False,
                rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law"]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (default pack)
AVAIL_MIN, P1_MAX, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, FEE_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5
THRESHOLDS = {AVAIL_MIN, P1_MAX, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, FEE_MAX, TCO_MAX}


def tco_share(d):
    t = dict(zip(TERM_KEYS, d["t"]))
    if d["kind"] != G or t["post_warranty_fee_pct"] is None or not d["capped"] or t["warranty_months"] is None:
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * d["fee_base"] * post_years
    return post / (d["value"] + post) * 100


def derive(d):
    """My reading of policy §3, applied to the label."""
    t = dict(zip(TERM_KEYS, d["t"]))
    goods = d["kind"] == G
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > FEE_MAX):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(d)
    if share is not None and share > TCO_MAX:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, _, lang = TARGETS[key]
    d = DESIGN[key]
    terms = dict(zip(TERM_KEYS, d["t"]))
    terms["contract_kind"] = d["kind"]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if d["kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": name, "language": lang, "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


# ---------------------------------------------------------------------------------------------------------------
NUM = r"(?<![0-9.,])"
PATTERNS = [
    r"99\.90*(?![0-9])", r"九十九点九(?![0-9一二三四五六七八九])",
    NUM + r"4\s*个?\s*(?:小时|hours?|hrs?\b|h\b)", NUM + r"4-hours?", r"(?<![十])四个?小时", r"(?<![-a-z])four[\s-]*hours?",
    NUM + r"100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百", r"one hundred per\s*cent",
    NUM + r"0?\.050*\s*(?:%|per\s*cent|percent)", r"万分之五(?![0-9十百千])", r"千分之零点五",
    NUM + r"30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty per\s*cent",
    NUM + r"15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen per\s*cent",
    NUM + r"40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty per\s*cent",
    NUM + r"12\s*个\s*月", NUM + r"12\s*months?", NUM + r"12-months?", r"(?<![二三四五六七八九])十二个?月",
    r"twelve[\s-]*(?:calendar\s*)?months?", r"(?<![第每十])一年(?!度)", r"(?<![-a-z])one[\s-]years?",
    NUM + r"1\s*年(?!度)", NUM + r"1[\s-]*years?(?![a-z])",
    NUM + r"5\s*(?:年|years?)(?!度)", NUM + r"5-years?", r"(?<![十0-9])五年(?!度)", r"(?<![-a-z])five[\s-]years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90%", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "4-hour", "100%", "100 %",
            "百分之百", "0.05%", "万分之五", "30%", "百分之三十", "15%", "15 per cent", "40%", "百分之四十", "12个月",
            "十二个月", "12 months", "twelve months", "12-month", "一年", "one year", "5年", "五年", "five years",
            "5 years", "1年"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.08%", "万分之八", "130%",
             "0.30%", "150%", "45%", "百分之三十五", "115%", "18个月", "二十四个月", "2027年", "5 working days",
             "1.5%", "第一年", "每一年", "服务年度", "4G", "14 depots", "Year 1 fee", "2025年", "35%", "¥1,500"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


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
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: TARGETS[k][2] for k in office}, office, OUT, wrap_words=True)
    for key, (name, fmt, src, lang) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for key, (name, fmt, src, lang) in TARGETS.items():
        d = DESIGN[key]
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (key, n, lo, hi))
        hits = scan(text) + scan(src)
        if hits:
            problems.append("%s threshold text %r" % (key, sorted(set(hits))))
        for k, v in zip(TERM_KEYS, d["t"]):
            if isinstance(v, (int, float)) and not isinstance(v, bool) and any(abs(v - th) < 1e-9 for th in THRESHOLDS):
                problems.append("%s %s on a threshold" % (key, k))
        share = tco_share(d)
        if share is not None and abs(share - TCO_MAX) <= 2:
            problems.append("%s TCO share %.2f within 2 points" % (key, share))
        got = derive(d)
        if got != sorted(d["rules"]):
            problems.append("%s derived %s != design %s" % (key, got, sorted(d["rules"])))
        covered |= set(got)
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s %-62s %5d %s %s %s" % (key, name, n, risk(got), ",".join(x[3:] for x in got) or "(none)",
                                          "" if share is None else "TCO %.2f%%" % share))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    compliant = [k for k in DESIGN if not DESIGN[k]["rules"]]
    assert sorted(compliant) == ["e04", "z01"], compliant
    assert DESIGN["e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["z05"]["rules"]) <= 10
    assert all(2 <= len(DESIGN[k]["rules"]) <= 3 for k in ("z02", "z03", "z04", "e02", "e03", "e05"))
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
