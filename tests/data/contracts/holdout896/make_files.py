"""holdout896: builds the ten blind held-out drafts and their labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Imports ../word_pdf.py for .docx and .pdf.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H896Z01 = """T:临川市民政局慈善超市管理平台采购合同
P:合同编号：LCMZ-2027-ZC-031　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市民政局
P:乙方（供应商）：杭州善联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就临川市慈善超市管理平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供慈善超市管理平台软件（以下简称“平台”）的永久使用许可，授权范围为全市十六个慈善超市站点及市、区两级民政部门，用户数不限。
P:1.2 乙方按甲方需求完成定制开发，内容包括：捐赠物资入库与溯源登记、爱心积分兑换、困难群众救助卡核验、志愿者服务时长记录、与市社会救助信息系统及“慈善临川”公众号的数据接口、统计分析大屏。
P:1.3 乙方负责历史捐赠台账数据迁移、系统部署、联调测试、用户培训及上线保障。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾柒万肆仟元整（¥1,374,000.00），为含税固定总价，包括软件许可、开发、迁移、部署、培训、差旅及税费等全部费用。分项如下：
P:（1）平台软件许可费：¥680,000.00；
P:（2）定制开发费：¥540,000.00；
P:（3）数据迁移费：¥58,000.00；
P:（4）实施及培训费：¥96,000.00。
P:2.2 除本合同另有约定外，甲方不再支付其他任何费用。乙方投标报价中已包含平台在国产操作系统、数据库及政务云环境中的适配与部署费用，不得另行收取。
H:第三条 付款方式
P:3.1 合同签订并经财政部门备案后十五个工作日内，甲方支付合同总价的20%，即¥274,800.00，作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，即¥618,300.00。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥480,900.00。
P:3.4 乙方每次收款前应开具等额合法发票。付款通过国库集中支付办理，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成平台部署、定制开发及数据迁移，并提交初步验收申请。
P:4.2 乙方应组建不少于六人的项目团队，其中项目经理须具有信息系统项目管理师资格，且在项目实施期间不得擅自更换；确需更换的，应经甲方书面同意，新任人员资历不得低于原人员。
P:4.3 乙方应按周向甲方提交项目进度报告，说明已完成工作、存在问题及下周计划；进度偏差超过十日的，应提交书面纠偏方案。
P:4.4 乙方应对市、区民政部门管理员及各慈善超市操作人员分批开展培训，培训不少于四场，并提供培训教材和操作视频。
P:4.5 乙方应向甲方提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：（1）招标文件所列功能全部实现；（2）迁移数据与原台账逐条核对一致；（3）与社会救助信息系统的接口连续十日运行无差错；（4）在300个并发用户下，页面平均响应时间不超过2秒。
P:5.2 初步验收合格后进入为期六十日的试运行。试运行期间未发生一级故障，且甲方提出的问题已全部整改的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方人员登录操作或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及现场服务。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%，即每年不超过¥54,400.00，且三年内不上调。续签维护合同须经双方书面确认，不自动续期。
H:第七条 服务水平
P:7.1 乙方提供7×24小时服务热线。故障分为三级：一级故障指平台整体不可用或救助卡核验中断；二级故障指部分功能不可用；三级故障指一般性问题。
P:7.2 一级故障乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个工作日内解决。
P:7.3 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、数据库性能、接口运行及安全日志，并向甲方提交书面巡检报告和优化建议。
P:7.4 乙方未按时响应或恢复的，每超时1小时，甲方可从维护费或履约保证金中扣减¥500.00。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的程序、接口、源代码、数据库设计及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台内的捐赠人信息、救助对象个人信息及业务数据属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应落实等级保护第三级要求，采取访问控制、加密存储、操作审计等措施；远程维护须经甲方审批并通过堡垒机进行，不得将数据拷贝带离甲方环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施。因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、救助对象信息及未公开资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 分包
P:11.1 乙方可将数据录入、现场培训等非核心工作分包给第三方完成，但应提前五个工作日书面告知甲方分包单位名称及工作内容。乙方对分包部分向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:12.2 乙方提交的成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.3 甲方无正当理由逾期付款的，应按中国人民银行同期贷款利率支付利息。
H:第十三条 履约保证金
P:13.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格且无未结违约事项的，甲方在十五个工作日内无息退还。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:14.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十五条 争议解决
P:15.1 本合同履行中发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方执四份，乙方执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市民政局　　　　乙方（盖章）：杭州善联信息技术有限公司
P:代表人签字：　　　　　　　　　　代表人签字：
P:日期：　　年　　月　　日
"""

H896Z02 = """T:榨汁机生产线控制系统改造合同
P:合同编号：HX-SB-2027-019
P:甲方（买方）：佛山市顺德区汇鲜电器有限公司
P:乙方（卖方）：苏州启恒自动化科技有限公司
P:甲方为家用榨汁机及原汁机生产企业，现有四条总装生产线的控制系统老化、故障率高，且无法与甲方制造执行系统对接。为此，甲方委托乙方对上述生产线的控制系统进行升级改造。双方经友好协商，签订本合同。
H:第一条 改造范围
P:1.1 乙方负责四条总装线（电机装配线、杯体组装线、整机老化测试线、包装线）控制系统的设计、供货、安装、调试及培训，包括更换PLC控制柜及伺服系统、加装触摸屏、部署产线监控组态软件、改造工业网络，以及开发与甲方制造执行系统的数据接口和生产报表。
P:1.2 改造应在甲方指定的停产窗口内分线实施，每条线停产时间不超过七日，不得影响其余生产线正常生产。
P:1.3 乙方提供的设备应为全新原厂正品，主要品牌及型号以本合同附件一的配置清单为准，未经甲方书面同意不得替换。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰肆拾陆万贰仟元整（¥1,462,000.00），含税（增值税率按国家规定执行），包括设备、软件、运输、保险、安装、调试、培训等全部费用。明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜及I/O模块|4套|118,000|472,000
TB:2|伺服驱动器及伺服电机|4套|62,000|248,000
TB:3|触摸屏人机界面|8台|9,500|76,000
TB:4|产线监控组态软件许可（永久）|1套|186,000|186,000
TB:5|工业交换机及网络设备|1批|138,000|138,000
TB:|软硬件小计|||1,120,000
TB:6|制造执行系统接口及报表定制开发|1项|176,000|176,000
TB:7|安装调试|1项|142,000|142,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合计|||1,462,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，即¥292,400.00，作为预付款。
P:3.2 全部设备到货并完成四条生产线的安装调试后，甲方支付合同总价的45%，即¥657,900.00。设备到货签收及安装调试完成均不代表验收合格。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，即¥511,700.00。
P:3.4 乙方应在每次付款前开具相应金额的增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后四十五日内将全部设备运至甲方工厂，并在到货后六十日内完成四条生产线的改造和调试。
P:4.2 乙方应在施工前提交实施方案、停产计划及安全措施，经甲方生产部和设备部确认后执行。现场施工人员应遵守甲方安全生产管理制度，持证上岗，乙方应为全部现场人员购买意外伤害保险，动火及高处作业须事先办理作业审批手续。
P:4.3 设备包装应适合长途运输和多次搬运，并具有防潮、防震措施。因包装不良造成的损坏，由乙方负责更换，且更换期间不顺延交货期限。
P:4.4 乙方应在每条线改造前完成原控制程序及参数的备份，并编制新旧系统切换方案和回退预案，确保改造失败时能够在八小时内恢复原有生产。
H:第五条 验收
P:5.1 每条生产线改造完成后，双方进行单线验收，标准为：（1）配置清单所列设备型号、数量相符；（2）各工位动作及联锁逻辑符合设计要求；（3）整线节拍达到每小时不少于520台；（4）连续带料运行72小时无停线故障；（5）生产数据能实时上传至制造执行系统，报表数据与现场计数一致。
P:5.2 四条线均通过单线验收并稳定运行三十日后，甲方组织最终验收，签署最终验收证书。
P:5.3 任何一项指标不达标的，乙方应在十日内整改并重新申请验收。甲方使用改造后的生产线进行生产，不视为验收合格。
P:5.4 最终验收前，乙方应向甲方移交竣工图纸、电气原理图、设备说明书、程序备份、参数清单、合格证及原厂质保证明，资料不全的不予组织最终验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换因设备质量或安装原因损坏的部件，并免费提供软件修正。
P:6.2 服务水平：质保期内，一级故障（整线停机）乙方应在1小时内响应，8小时内到场并恢复生产；二级故障（单工位停机）2小时内响应，24小时内修复；三级故障在三个工作日内处理。乙方每超时1小时，甲方可从应付款项或质量保证金中扣除¥800.00。
P:6.3 质保期满后，乙方提供年度维保服务，内容包括定期保养、备品备件、软件升级及每月两天的驻场服务。年度维保费按软硬件小计的32%计收，即每年¥358,400.00，该费用三年内固定不变。维保合同逐年签订，不自动续期。
P:6.4 乙方承诺自最终验收之日起八年内持续供应本项目所用设备的备品备件；相关型号停产的，乙方应提前六个月通知甲方，并提供兼容替代方案。
P:6.5 乙方应对甲方电气工程师及产线班组长进行操作和维护培训，培训不少于五天，内容包括程序结构、常见故障诊断、备件更换及组态画面修改，并提供中文培训资料。培训结束后，甲方人员应能独立完成日常维护。
H:第七条 知识产权
P:7.1 PLC程序、组态工程文件、接口程序及报表的源代码和相关文档的知识产权归甲方所有，乙方交付时应一并提交可编辑的源文件。
P:7.2 组态软件平台本身的知识产权归原厂所有，甲方享有永久使用许可。
H:第八条 生产数据安全
P:8.1 产线运行数据、工艺参数、产量及质量数据均属甲方所有，乙方只能为履行本合同而访问和使用，不得用于其他用途。
P:8.2 乙方应对新建工业网络进行分区隔离，部署工业防火墙；远程运维须事先经甲方设备部批准，并通过甲方提供的专用通道进行，操作全程留痕。
P:8.3 因乙方原因导致数据丢失、被篡改或生产系统遭受网络攻击的，乙方应在2小时内通知甲方、协助处置，并赔偿甲方由此遭受的全部损失。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 因乙方原因造成停产时间超出本合同约定的，乙方除支付违约金外，还应赔偿甲方的停产损失。
P:9.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失造成的损失除外。
H:第十条 转包与分包
P:10.1 乙方不得转包本合同。电气布线等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包工作承担连带责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:11.2 因不可抗力致使本合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同附件为配置清单、实施方案及验收记录表，与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
"""

H896Z03 = """门店预约及会员管理云服务合同

合同编号：YD-IT-2027-008

甲方：上海忆点教育科技有限公司
乙方：广州约课云信息科技有限公司

鉴于甲方在全国经营四十家记忆力培训门店，需要统一的课程预约、会员管理及收银系统；乙方是提供门店管理SaaS服务的企业。双方本着平等互利的原则，就甲方订购乙方“约课云”门店预约及会员管理云服务及相关实施服务事宜，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方四十家门店及总部提供以下功能：课程排期与在线预约、会员档案与课时包管理、储值卡与收银、家长端小程序、教师课时统计、门店经营报表。
2. 订阅范围为四十个门店账号及总部管理账号，门店账号数量增加的，按本合同单价另行结算。
（二）实施服务
1. 乙方负责系统配置、品牌小程序页面定制、历史会员及课时数据导入、与甲方财务系统的接口开发、门店人员培训。
2. 乙方应在合同生效后四十五日内完成实施，并提交上线验收申请。
3. 乙方应在实施前与甲方确认各门店课程体系、课时包规则、会员等级和优惠规则，形成配置确认单，经甲方签字后执行。

（三）持续支持
1. 服务期内，乙方为甲方指定一名专属客户成功经理，负责需求对接、问题跟踪及季度服务回顾。
2. 乙方每月向甲方提供一次线上培训，新开门店上线时提供远程开通指导，门店人员更换时提供操作手册和视频教程。
3. 乙方对平台的常规版本升级免费向甲方提供，升级不得导致甲方已使用功能减少或数据丢失。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算，第二个服务年度紧随其后。
（二）服务期满前三十日内，双方均未书面提出不续订的，本合同自动续订一个服务年度，可多次续订。续订时，乙方有权根据市场情况调整服务费，单次上调幅度不超过上一服务年度费用的8%，乙方书面通知甲方后即生效。

三、费用及支付
（一）费用构成
1. 订阅服务费：每门店每服务年度¥9,600.00，四十家门店每服务年度合计¥384,000.00，两个服务年度合计¥768,000.00。
2. 实施服务费：¥86,000.00，一次性支付。
3. 合同总价：¥854,000.00（大写：人民币捌拾伍万肆仟元整），含增值税。
（二）支付方式
1. 实施服务费在上线验收合格后十五个工作日内支付。
2. 订阅服务费按季度支付，每季度¥96,000.00，于每季度结束后十个工作日内，根据当季服务考核结果结算。
3. 甲方在上线验收前无须支付任何款项。乙方应在每次收款前开具增值税专用发票。
4. 乙方的开户银行及账号如有变更，应提前书面通知甲方。

四、上线验收
（一）实施完成后，甲方按以下标准组织上线验收：
1. 合同约定的全部功能可正常使用，品牌小程序通过微信平台审核并上线；
2. 历史会员档案、剩余课时及储值余额导入后，与甲方原系统逐门店核对一致；
3. 与财务系统接口连续五个工作日对账无差异；
4. 在四十家门店同时使用的情况下，预约及收银操作平均响应时间不超过2秒。
（二）验收合格的，甲方出具书面验收单。门店试用或甲方人员登录使用，不视为验收合格。
（三）验收不合格的，乙方应在七日内完成整改并重新提交验收，由此导致的延误计入逾期天数。

五、服务水平
（一）平台月度可用率不低于99.95%，计划内维护须提前三个工作日通知，并安排在每日零点至六点之间。
（二）故障分级及响应：
1. 一级故障：全部或多家门店无法预约、收银或登录，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：部分功能异常，乙方应在2小时内响应，24小时内解决；
3. 三级故障：一般咨询及优化需求，乙方在两个工作日内答复。
（三）月度可用率每低于承诺值0.1个百分点，或一级故障每超时恢复1小时，乙方按当季订阅服务费的2%给予服务抵扣，在当季结算时直接扣减。

（四）乙方每月向甲方提交服务报告，列明当月可用率、故障记录、处理时长及服务抵扣金额，甲方有异议的，双方应在十个工作日内核对确认。
（五）乙方应每日对甲方数据进行备份，备份数据保存不少于三十日，并每季度进行一次恢复演练，演练结果书面告知甲方。

六、知识产权
（一）“约课云”平台及其软件的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、报表模板及财务接口程序的知识产权归甲方所有，乙方应向甲方交付接口源代码，甲方可自行或委托他人修改使用。

七、数据权属与数据安全
（一）甲方及其会员、学员在平台上产生的数据，包括会员档案、学员信息、课时及交易记录，归甲方所有。
（二）甲方同意，乙方可将上述数据进行脱敏和汇总处理后，用于改进乙方产品、训练推荐算法及编制教育培训行业分析报告，该等使用在本合同终止后仍可继续。
（三）乙方应采取加密传输与存储、分级授权、操作日志审计等措施保障数据安全，平台应通过网络安全等级保护第三级测评。学员多为未成年人，乙方应严格遵守个人信息保护相关法律法规。
（四）发生数据泄露或丢失的，乙方应在2小时内通知甲方，并承担因其过错造成的全部损失。
（五）乙方不得利用平台向甲方会员推送第三方广告，不得以任何方式向甲方会员直接营销。
（六）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方。

八、保密
双方对在合作中获知的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、违约责任
（一）乙方未能在约定期限内完成实施并提交上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方全部损失。
（三）甲方逾期支付服务费的，每逾期一日按应付未付金额的万分之二支付违约金。

十、分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十一、合同解除
（一）任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。
（二）因乙方原因一个季度内发生三次以上一级故障的，甲方有权解除本合同，并无须支付解除后的服务费。
（三）本合同解除或终止的，乙方应配合甲方完成数据迁移，过渡期不少于三十日，过渡期内服务费按实际天数结算。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十三、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行的，受影响方应在三日内通知对方并提供证明，在不可抗力影响范围内免除责任。因乙方自身服务器或第三方云资源故障导致的服务中断，不属于不可抗力。

十四、其他
（一）双方往来通知以本合同首部所列地址及甲方指定联系人邮箱送达为准，一方变更联系方式的，应及时书面通知对方。
（二）本合同附件包括：功能清单、实施计划、服务水平考核表，附件与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：上海忆点教育科技有限公司
乙方（盖章）：广州约课云信息科技有限公司
签署日期：2027年　月　日
"""

H896Z04 = """青溪县学校阳光厨房视频监控系统年度运维服务合同

项目编号：QXJY-CS-2027-004
采购方式：竞争性磋商

甲方（采购人）：青溪县教育局
乙方（成交供应商）：浙江明厨安防技术服务有限公司

根据青溪县学校阳光厨房视频监控系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。

第一条 服务范围
1. 运维对象为全县一百三十八所中小学及幼儿园食堂的阳光厨房视频监控系统，包括前端摄像机一千零四十六路、学校端硬盘录像机一百三十八台、学校端显示屏、县级阳光厨房监管平台及其服务器、存储和网络设备。
2. 服务内容包括：日常巡检、故障维修、设备保养、平台运行维护、录像存储检查、智能识别规则调整、食堂人员操作培训及运维资料管理。
3. 前端设备损坏需要更换的，单件价格在八百元以下的配件由乙方免费更换；单件价格在八百元以上的，乙方报甲方确认后按响应文件所附价格表更换，费用另行结算。
4. 乙方负责县级平台服务器的操作系统补丁更新、数据库维护和病毒防护，每季度向甲方提交一次平台安全检查报告。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。服务期内遇寒暑假的，乙方仍应按本合同要求进行远程巡检，并在开学前完成全部设备的检查维护。

第三条 服务费用及支付
1. 本合同服务费总额为人民币肆拾捌万陆仟元整（¥486,000.00），为固定总价，包括人工、交通、工具、常用耗材、免费更换配件及税费等全部费用。
2. 服务费按季度支付。每季度结束后，甲方根据季度考核结果在十五个工作日内支付当季服务费¥121,500.00，考核扣款从当季服务费中直接扣减。
3. 本合同不设预付款。乙方应在每次付款前开具合法有效的发票。

第四条 进场与交接验收
1. 乙方应在服务期开始后十日内完成全部设备的普查建档，提交设备台账、点位图及现状问题清单，经甲方确认后作为交接基础。
2. 交接验收标准为：设备台账与现场逐校核对一致；每所学校画面完整接入县级平台；问题清单中的故障已全部修复或已书面报甲方处理。
3. 交接验收前已存在的设备故障，由乙方在交接期内一并修复，所需配件按本合同第一条第3项的约定处理。
4. 交接验收合格后，甲方出具交接验收单。

第五条 服务要求
1. 乙方应组建不少于八人的运维团队，设项目负责人一名，驻县城办公，并公布服务电话和值班安排。
2. 乙方每月对全部学校开展一次远程巡检，每学期开学前对全部学校开展一次现场巡检，重点检查画面清晰度、录像完整性、存储天数及显示屏运行情况，巡检记录按校存档。
3. 学校端录像保存时间不得少于九十日，乙方发现存储异常的应立即处理并报告甲方。
4. 乙方应在每学期开学前组织食堂管理人员培训一次，内容包括画面查看、录像调取及常见问题处理。
5. 乙方应根据甲方要求调整智能识别规则，包括未规范穿戴工作服帽、口罩，后厨出现鼠患，以及非工作人员进入操作间等，识别结果误报较多的，乙方应在十个工作日内优化。
6. 中考、高考、重大节假日及上级检查期间，乙方应安排专人值守，确保县级平台和各学校画面正常运行。
7. 乙方人员进入学校应遵守学校管理规定，佩戴工作证件，在食堂操作间作业时应遵守食品安全卫生要求，不得影响正常供餐。

第六条 故障响应
1. 一级故障：县级平台中断，或一所学校全部画面中断。乙方应在30分钟内响应，3小时内到达现场，6小时内修复。
2. 二级故障：一所学校部分画面中断或录像异常。乙方应在1小时内响应，当日到场，24小时内修复。
3. 三级故障：画面模糊、偏移等一般问题，乙方应在两个工作日内处理完毕。
4. 乙方未按上述时限响应、到场或修复的，每超时1小时，甲方从当季服务费中扣除¥300.00；同一学校一个月内同类故障重复发生三次以上的，另扣除¥1,000.00。

5. 乙方应在县城设立备品备件库，常备摄像机、硬盘、电源适配器等易损件，备件数量不低于在用设备数量的百分之三，以保障故障及时修复。
6. 乙方每月向甲方提交运维月报，列明巡检情况、故障处理情况、超时记录及下月工作计划。

第七条 考核与服务验收
1. 甲方每季度按磋商文件所附考核表对乙方进行考核，考核内容包括巡检完成率、故障修复及时率、资料完整性及学校满意度，考核结果作为支付依据。
2. 服务期满前十五日，甲方组织年度服务验收，验收标准为：全部季度考核均合格；全部设备台账与现场一致；运维资料完整移交；不存在未修复的一级、二级故障。验收合格的，甲方出具服务验收意见。

第八条 数据安全
1. 视频图像、录像资料及平台数据均属于甲方所有，乙方仅为履行运维服务访问和使用，不得复制、下载、截屏或对外提供。
2. 乙方运维人员应实名登记，使用专用账号登录平台，操作全程记录；更换硬盘等存储介质的，原介质应交由甲方保管或在甲方监督下销毁。
3. 乙方不得在甲方平台及学校端设备上安装与运维无关的软件，远程运维须事先经甲方同意，并通过甲方指定的安全通道进行。
4. 发生视频泄露或数据丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方及其人员对履约中接触的学校信息、师生影像、平台账号及系统配置负有保密义务，不得以任何方式向第三方披露，保密义务不因合同终止而解除。乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案。

第十条 知识产权与资料
乙方在服务期内形成的设备台账、巡检记录、维修记录、运维报告及培训资料，其所有权和知识产权归甲方，服务期满时应完整移交。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 违约责任
1. 乙方未按期进场、未按期完成交接验收，或未按甲方书面通知的期限完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方季度考核不合格的，甲方扣除当季服务费的10%；连续两个季度考核不合格的，甲方有权解除合同。
3. 乙方人员在服务中造成学校设施损坏或人身伤害的，由乙方负责赔偿。
4. 甲方无正当理由逾期付款的，按逾期金额的万分之二每日向乙方支付违约金。

第十三条 合同解除
1. 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿由此造成的损失。
2. 合同解除或服务期满时，乙方应配合甲方或新的服务单位完成交接，交接期不少于十五日，交接期间乙方应继续履行运维义务。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件、考核表及配件价格表为本合同的组成部分。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：青溪县教育局
乙方（盖章）：浙江明厨安防技术服务有限公司
日期：2027年　月　日
"""

H896Z05 = """# 云匠软件 标准软件许可及定制开发合同

> 文本编号：YJ-HT-03（2026年版）　本合同为乙方标准合同文本，空白处由双方填写。

**合同编号：** YJ2027-0142

**甲方（用户）：** 成都拾花押花艺术有限公司

**乙方（供应商）：** 成都云匠软件有限公司

甲方系从事押花画、押花饰品设计制作及押花课程的工作室，拟使用乙方“云匠工艺流程追踪系统”，对花材采集、压制干燥、配色设计、装裱封装及订单发货全流程进行记录与追踪。甲乙双方经友好协商，就软件许可及定制开发事宜签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“云匠工艺流程追踪系统”标准版软件的永久使用许可，授权用户数为二十个，部署在甲方自有服务器上。

1.2 乙方根据甲方需求进行定制开发，内容包括：花材批次登记与扫码追溯、压制及干燥工序计时与温湿度记录、作品配色方案库、装裱工序质检记录、订单与发货追踪、学员课程作品管理，以及与甲方网店后台的订单接口。

1.3 乙方负责系统安装部署、基础数据初始化及甲方人员操作培训。

1.4 甲方不得将软件出租、出借或用于为第三方提供服务；甲方增加用户数的，按乙方届时报价另行购买。

1.5 软件适配Windows Server及主流国产操作系统，具体版本以乙方产品说明为准。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾壹万贰仟元整（¥312,000.00），含税，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺流程追踪系统软件许可（永久，二十用户） | 168,000 |
| 2 | 定制开发 | 126,000 |
| 3 | 实施部署及培训 | 18,000 |
| | 合计 | 312,000 |

2.2 上述价款不含服务器、操作系统、数据库及第三方软件费用，由甲方自行采购。

2.3 甲方在实施过程中提出超出本合同1.2款范围的需求，乙方按每人每日¥2,200.00另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥202,800.00，乙方收到该款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥109,200.00。

3.3 乙方收到款项后开具增值税普通发票。甲方未按期付款的，乙方有权暂停实施、暂停技术支持，工期相应顺延。

3.4 甲方已支付的款项不因任何原因退还，但本合同另有约定的除外。

## 第四条 实施与交付

4.1 乙方计划在收到首笔款项后六十个工作日内完成定制开发和部署上线。因甲方需求变更、资料提供不及时或配合不到位导致的延误，工期相应顺延。

4.2 乙方将尽合理努力按计划交付，但实施计划仅供参考，不构成乙方的交付承诺。

4.3 乙方向甲方交付系统安装程序、用户操作手册和管理员手册，不提供源代码。

4.4 乙方提供一次现场集中培训，时长一天，培训对象为甲方管理员及工序操作人员，人数不超过十人；额外培训按每人每日¥2,200.00收费。

4.5 甲方应在乙方通知后三个工作日内完成测试环境及业务流程确认，逾期未确认的视为甲方已确认。

4.6 系统上线后，甲方应停用原有纸质登记表或其他登记工具，以免数据重复或不一致。

## 第五条 上线与验收

5.1 系统部署完成并可登录使用即为上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可在免费维护期内提出，由乙方按第七条处理，但不影响已完成的验收及甲方的付款义务。

5.3 甲方如要求出具验收单的，应在上线后七日内签署；逾期未签署亦未提出书面异议的，视为已签署。

## 第六条 知识产权

6.1 乙方软件及其文档的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、接口程序、配置及相关文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，不得向任何第三方转授权。

6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第七条 维护服务

7.1 自系统上线之日起三个月为免费维护期，乙方在此期间免费提供缺陷修复及远程技术支持。

7.2 服务响应：甲方应通过乙方客服热线或工单系统报告故障。一级故障（系统无法登录或无法录入生产记录）乙方在24小时内响应；二级故障（部分功能异常）在两个工作日内响应；其他问题在五个工作日内答复。

7.3 乙方将尽力在合理时间内修复故障，但乙方不因响应或修复延迟承担任何扣款、赔偿或违约金责任。

7.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。甲方未签订维护协议的，乙方不再提供任何支持。

7.5 维护服务不包括：因甲方业务变化导致的新增功能、操作系统或数据库升级引起的适配、第三方软件故障及现场服务。现场服务按每人每次¥1,500.00收费，差旅费另计。

7.6 免费维护期内，乙方每月对系统进行一次远程健康检查，并将检查结果告知甲方联系人。

7.7 乙方发布新版本时，甲方可按乙方公布的升级价格有偿升级。

## 第八条 甲方义务

8.1 甲方应提供符合乙方要求的服务器、网络环境及必要的基础数据，并指定项目联系人配合乙方工作。

8.2 甲方应自行负责数据备份。因甲方操作不当、服务器故障或擅自修改系统导致的问题，乙方不承担责任。

8.3 甲方应及时反馈使用中的问题，并为乙方远程维护开通必要的网络访问条件。

8.4 甲方应管理好使用人员，妥善保管账号密码，因账号泄露造成的损失由甲方自行承担。

## 第九条 数据

9.1 甲方录入系统的生产数据、客户订单及学员信息归甲方所有，乙方仅可为实施和维护目的访问。

9.2 乙方远程维护时应使用甲方分配的账号，采取必要的安全措施，不得复制、留存甲方数据。因乙方过错导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

9.3 乙方应在首次部署时为甲方服务器配置访问日志和基础防病毒设置，并向甲方书面提示安全配置要求。

## 第十条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 责任限制

11.1 任何情况下，乙方不对甲方的间接损失、利润损失、商誉损失或数据损失承担责任。

11.2 乙方在本合同项下的累计赔偿责任不超过合同总价的20%。

11.3 乙方对甲方依据系统数据作出的生产或经营决策结果不承担责任。

## 第十二条 合同解除

一方严重违反本合同，经对方书面通知后三十日内仍未纠正的，守约方有权解除本合同。甲方因自身原因解除合同的，已付款项不予退还。因不可抗力导致本合同无法履行的，双方互不承担责任。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

14.3 乙方可在其宣传资料和客户案例中使用甲方名称及标识。

甲方（盖章）：　　　　　　　　乙方（盖章）：成都云匠软件有限公司

签署日期：　　年　　月　　日
"""

H896E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ACS-CN-2027-06
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhanjiang Haiwei Aquatic Products Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhanjiang, Guangdong Province (the "Buyer"), and Andaman Coldtrack Systems Co., Ltd., a company incorporated in the Kingdom of Thailand with its registered office in Ranong, Thailand (the "Vendor").
P:The Buyer processes and stores frozen seafood at two plants in Zhanjiang. The Vendor develops ColdTrack, a warehouse and traceability system for cold-chain food businesses. The Buyer wishes to acquire a perpetual licence of ColdTrack together with implementation and training services, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrack warehouse management and traceability system, version 6, in object code, with its documentation and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, label templates, reports, interfaces and scripts that the Vendor creates specifically for the Buyer, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software in the course of the Buyer's business, including lot records, temperature logs, supplier and customer records and personal information.
P:1.4 "Go-Live" means the first day on which the Software is used for live operations at both plants.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's two plants in Zhanjiang for eighty named users, for the Buyer's internal business purposes.
P:2.2 The Vendor shall provide the following services: installation of the Software on the Buyer's servers; configuration of storage locations, lot numbering and temperature alarm rules; development of an interface with the Buyer's ERP system and with the blast-freezer controllers; migration of open stock records; user training; and Go-Live support on site.
P:2.3 The Vendor shall perform the services in accordance with the implementation plan attached as Annex 1 and shall complete Go-Live within one hundred and twenty days after the Effective Date.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,272,000 (one million two hundred and seventy-two thousand yuan), inclusive of all taxes, duties and expenses, itemised as follows: Software licence fee CNY 920,000; implementation and interface services CNY 310,000; training CNY 42,000.
P:3.2 The price is fixed. Travel and accommodation of the Vendor's staff in China are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay twenty per cent of the total price (CNY 254,400) within thirty days after the Effective Date, against the Vendor's invoice.
P:4.2 The Buyer shall pay forty-five per cent of the total price (CNY 572,400) within thirty days after Go-Live.
P:4.3 The Buyer shall pay thirty-five per cent of the total price (CNY 445,200) within thirty days after the Buyer signs the Final Acceptance Certificate under Article 5.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 Before Go-Live the Vendor shall run the acceptance tests set out in Annex 2 in the presence of the Buyer. The tests shall show that: (a) every function in the functional specification works as described; (b) migrated stock records match the Buyer's physical count for every storage location; (c) the ERP interface transfers receipts, transfers and shipments without error for ten consecutive working days; and (d) temperature alarms reach the duty phone within one minute of a threshold breach at any freezer.
P:5.2 After Go-Live the Software shall run in live operation for sixty days. If no Severity 1 incident occurs during that period and all defects found in testing are corrected, the Buyer shall sign the Final Acceptance Certificate.
P:5.3 Go-Live, use of the Software in live operations or payment of any amount does not constitute acceptance. If the Software fails a test, the Vendor shall correct the failure and repeat the test within fifteen days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for twenty-four months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and provide support at no additional charge.
P:6.2 Support is provided by telephone, e-mail and remote access in Chinese and English. Incidents are classified as follows: Severity 1 means that receiving, picking or shipping is stopped at a plant, or temperature alarms do not work; Severity 2 means that an important function is impaired but operations continue; Severity 3 means any other problem.
P:6.3 The Vendor shall respond to a Severity 1 incident within one hour and restore operations or provide a workaround within eight hours; respond to a Severity 2 incident within two hours and resolve it within two working days; and respond to a Severity 3 incident within one working day.
P:6.4 If the Vendor misses a response or restoration time for a Severity 1 incident, the Vendor shall pay the Buyer CNY 600 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.5 After the Warranty Period, the Buyer may order annual support on the same terms. The annual support fee is nine per cent of the Software licence fee, that is CNY 82,800 per year, and will not be increased during the first three years after the Warranty Period. Annual support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer from creation. The Vendor shall deliver their source code with the Final Acceptance Certificate, and the Buyer may use, modify and license them freely, including through third parties.
H:Article 8 Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to the extent necessary to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts and multi-factor authentication, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the data protection laws of the People's Republic of China that apply to the Buyer Data.
P:8.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate in investigating and remedying it, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for the purposes of this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 2.3 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the total price for each day of delay, up to a maximum of ten per cent of the total price.
P:10.2 The total liability of each party under this Agreement is limited to one hundred and fifty per cent of the total price. This limit does not apply to liability for breach of Articles 8 or 9, for infringement of intellectual property rights, or for wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of the breach.
P:12.2 The Buyer may also terminate this Agreement if the delay damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for the services not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Kingdom of Thailand.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Thai Arbitration Institute in Bangkok under its rules in force at the time. The arbitration shall be conducted in English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Implementation Plan) and Annex 2 (Acceptance Tests), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in two English originals and takes effect on the date it is signed by both parties (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

H896E02 = """# ORDER FORM AND GENERAL TERMS - LEAFTRACE SUBSCRIPTION

**Order Form No.:** KB-OF-2027-0311

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between **Kackar Bulut Yazilim A.S.**, a joint stock company registered in Artvin, Turkiye, with its head office at Inonu Caddesi, Artvin ("Provider"), and **Fujian Wuyi Mingcha Tea Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Wuyishan, Fujian Province ("Customer"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Subscribed Service

LeafTrace Cloud, Provider's software-as-a-service platform for tea supply traceability, covering: grower and garden registration; picking and withering batch records; roasting and blending records with temperature curves; laboratory results for pesticide residue and moisture; finished-goods lot labels with QR codes; and export documentation. The subscription covers 150 named users, 6 processing sites and 420 registered growers.

### A2. Onboarding Services

Provider shall configure the platform for Customer's six sites, import Customer's grower register and open stock lots, build an interface to Customer's ERP system, design the QR code consumer page in Chinese and English, and train Customer's key users. Provider shall complete onboarding and present the platform for Go-Live acceptance within seventy-five days after the Order Date.

### A3. Subscription Term

The initial Subscription Term consists of two Subscription Years. The first Subscription Year starts on the date of the Go-Live Acceptance Certificate; the second follows immediately after the first.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 150 users, 6 sites | 286,000 |
| Subscription, Subscription Year 2 | 150 users, 6 sites | 286,000 |
| Onboarding Services | fixed price, one-time | 48,000 |
| Total fees for the initial Subscription Term | | 620,000 |

All fees are in CNY and include value-added tax. Additional users may be added at CNY 1,650 per user per Subscription Year, pro rata.

### A5. Invoicing and Payment

(a) The Onboarding Services fee is invoiced on the date of the Go-Live Acceptance Certificate.

(b) Subscription fees are invoiced quarterly in arrears, CNY 71,500 per quarter, after the end of each quarter of a Subscription Year.

(c) Customer shall pay each correct invoice within thirty days after receipt. No amount is payable before the Go-Live Acceptance Certificate is signed.

### A6. Renewal and Hosting

(a) At the end of the initial Subscription Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term.

(b) For each renewal term Provider may increase the subscription fee by up to nine per cent over the fee of the preceding Subscription Year, by written notice to Customer at least ninety days before the renewal date.

(c) The platform is hosted for Customer in a data centre located in mainland China operated by Alibaba Cloud (the "Hosting Provider").

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and images that Customer or its users upload to, or generate in, the platform, including grower personal information, batch records and laboratory results.

1.2 "Incident" means any failure of the platform to perform in accordance with its documentation. "Priority 1 Incident" means that the platform is unavailable to all users, or that batch records or lot labels cannot be created at any site.

1.3 "Monthly Availability" means the percentage of minutes in a calendar month during which the production platform is available to users, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 06:00 Beijing time.

### 2. Go-Live Acceptance

2.1 Provider shall demonstrate to Customer that: (a) all functions listed in A1 work at all six sites; (b) the imported grower register and open stock lots reconcile with Customer's records without difference; (c) the ERP interface transfers lots and shipments without error for five consecutive working days; and (d) QR code pages open within three seconds on common mobile networks.

2.2 When all criteria are met, Customer shall sign a Go-Live Acceptance Certificate within five working days. Use of the platform in production before that date does not constitute acceptance.

2.3 If Provider fails to present the platform for Go-Live acceptance within the period in A2 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a maximum of CNY 48,000.

### 3. Service Levels

3.1 Provider shall ensure Monthly Availability of at least 99.5%.

3.2 Provider shall respond to a Priority 1 Incident within one hour, 24 hours a day, and restore service within six hours. Priority 2 Incidents are responded to within two business hours and Priority 3 Incidents within one business day.

3.3 If Monthly Availability falls below the level in 3.1, Customer receives a service credit of five per cent of that month's subscription fee for each started half percentage point of shortfall, up to a maximum of half of that month's fee. Credits are deducted from the next invoice.

3.4 Provider shall provide a monthly service report showing Monthly Availability, all Priority 1 and Priority 2 Incidents and any credits due.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the service to Customer and on Customer's documented instructions, and shall not use it for any other purpose.

4.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel using multi-factor authentication, keep access logs for at least one year and maintain an ISO/IEC 27001 certified information security management system.

4.3 Provider shall notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it, and shall be liable for Customer's losses resulting from its breach of this Section 4.

4.4 Within thirty days after the end of the Agreement, Provider shall return all Customer Data in a commonly used format and then delete it from its systems.

### 5. Intellectual Property

5.1 Provider retains all rights in the platform and its standard software.

5.2 The configurations, report templates, consumer page designs and interface code created for Customer under A2 belong to Customer. Customer may use, modify and license them freely, and Provider shall deliver them on request.

### 6. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement and disclose it only to those of its employees and advisers who need to know it. This obligation continues for three years after the Agreement ends.

### 7. Subcontracting

Provider may use the Hosting Provider named in A6(c). Provider shall not engage any other subcontractor or sub-processor for the service without Customer's prior written consent, and remains responsible for all subcontractors.

### 8. Liability

8.1 Each party's total liability under the Agreement is limited to two hundred per cent of the total fees for the initial Subscription Term stated in A4.

8.2 The limit in 8.1 does not apply to breach of Section 4 or Section 6, to infringement of third-party intellectual property rights, or to fraud.

### 9. Term and Termination

9.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice.

9.2 Customer may also terminate the Agreement with immediate effect if Monthly Availability falls below the level in 3.1 in three consecutive months.

9.3 On termination by Customer under 9.1 or 9.2, Provider shall refund any fees paid for the period after termination.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the Republic of Turkiye.

10.2 Any dispute arising out of or relating to the Agreement shall be finally settled by arbitration at the Istanbul Arbitration Centre under its arbitration rules, by a sole arbitrator, in the English language. The seat of arbitration is Istanbul.

### 11. General

11.1 Notices must be in writing and sent by e-mail with confirmation by courier to the addresses in this Order Form.

11.2 Neither party may assign the Agreement without the other party's written consent.

11.3 Provider may update the platform from time to time, provided that no update materially reduces the functions described in A1 or the security measures in Section 4. Provider shall announce material changes at least thirty days in advance and provide release notes in Chinese.

11.4 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, if it informs the other party promptly and takes reasonable steps to limit the effect. Service credits under 3.3 remain payable unless the event affects the Hosting Provider's entire region.

11.5 The Agreement is signed in English. Any Chinese translation is for convenience only.

Signed for Provider: ____________________   Signed for Customer: ____________________

Order Date: ____________________
"""

H896E03 = """T:PURCHASE AGREEMENT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Agreement No. CJC-EQ-2027-044
P:Buyer: Chizhou Jiangnan Cement Co., Ltd., a company incorporated in the People's Republic of China, registered office in Chizhou, Anhui Province (the "Buyer").
P:Supplier: Bartin Endustriyel Sensor Teknolojileri Ltd. Sti., a company incorporated in Turkiye, registered office in Bartin, Turkiye (the "Supplier").
P:This Agreement is made on the Buyer's standard terms for equipment purchases. The Buyer operates two clinker kiln lines and a cement grinding plant and wishes to monitor the condition of its rotating equipment. The Supplier shall supply wireless sensors, gateways and a monitoring software licence and shall install and commission them on the terms below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the Price Table.
P:1.2 "Software" means the Supplier's VibeSense monitoring software, including its analytics modules and documentation, licensed under Clause 8.
P:1.3 "System" means the Equipment and the Software installed, configured and connected to the Buyer's plant network.
P:1.4 "Buyer Data" means all measurements, alarms, asset records and reports generated by the System or entered into it, and any other data of the Buyer to which the Supplier has access.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software and shall provide the following services: site survey; mounting of sensors on kiln drives, fans, mills, separators and conveyors; installation of gateways; installation of the Software on the Buyer's servers; commissioning; set-up of baseline models and alarm limits for two hundred assets; and training.
P:2.2 The Supplier shall deliver the Equipment to the Buyer's plant within sixty days and complete installation and commissioning within one hundred days after the Effective Date.
P:2.3 The Supplier's personnel working at the plant shall follow the Buyer's safety rules, including permit-to-work, lock-out and hot-work procedures, and shall attend the Buyer's safety induction before starting work. Work on running equipment is allowed only with the written permission of the Buyer's shift manager.
P:2.4 With the Installation Certificate the Supplier shall hand over as-built mounting drawings, gateway network settings, the asset list with sensor serial numbers, operating and maintenance manuals in Chinese and English, and the training materials.
H:3. Price
P:3.1 The Contract Price is CNY 1,340,000, inclusive of value-added tax, import duties, delivery to site, insurance and all services, as set out in the Price Table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor VT-300, ATEX rated|180|3,600|648,000
TB:2|Wireless gateway GW-20 with industrial power supply|14|9,500|133,000
TB:3|VibeSense monitoring software licence, perpetual, 200 assets|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,167,000
TB:4|Installation and mounting|1|96,000|96,000
TB:5|Commissioning and baseline model set-up|1|58,000|58,000
TB:6|Training of maintenance engineers|1|19,000|19,000
TB:|Contract Price|||1,340,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or any other reason.
H:4. Payment
P:4.1 Advance payment: ten per cent of the Contract Price (CNY 134,000) within twenty days after the Buyer receives an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 Installation payment: fifty-five per cent of the Contract Price (CNY 737,000) within thirty days after the Buyer signs the Installation Certificate. The Installation Certificate confirms only that the System has been installed and does not constitute acceptance.
P:4.3 Final payment: thirty-five per cent of the Contract Price (CNY 469,000) within thirty days after the Buyer signs the Final Acceptance Certificate.
H:5. Acceptance
P:5.1 The System shall pass the following acceptance criteria: (a) all Equipment matches the Price Table in type and quantity and carries its certificates of origin and conformity; (b) every sensor reports to the Software at the configured interval with no more than one per cent of readings lost over any seven-day period; (c) baseline models and alarm limits are set for all two hundred assets and approved by the Buyer's reliability engineer; (d) alarms generated by simulated faults reach the Buyer's control room within sixty seconds; and (e) the System runs for thirty consecutive days without a Severity 1 incident.
P:5.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven days. Installation, commissioning, use of the System or payment does not constitute acceptance.
P:5.3 If the System fails any criterion, the Supplier shall correct the failure at its cost within fifteen days and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from the date of the Final Acceptance Certificate. During that period it shall repair or replace defective Equipment, correct Software defects and provide updates free of charge, including shipping and customs clearance of replacement parts.
P:6.2 Incidents are classified by severity in the table below.
TB:Severity|Definition|Response time|Restoration time
TB:Severity 1|Monitoring of a kiln line or the grinding plant is lost, or alarms are not generated|30 minutes|8 hours
TB:Severity 2|Monitoring of individual assets is lost or data is delayed|2 hours|2 working days
TB:Severity 3|Other defects and questions|1 working day|10 working days
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due or claim under the warranty bond.
P:6.4 After the warranty period, the Supplier shall offer annual support for at least two further years at seven per cent of the Hardware and Licence Subtotal, that is CNY 81,690 per year, fixed for those two years. Support is ordered by the Buyer each year in writing and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways equal to at least three per cent of the installed quantity in stock in China during the warranty period, and shall make spare parts available for at least eight years after Final Acceptance.
H:7. Delay Damages
P:7.1 If the Supplier fails to deliver the Equipment or to complete installation and commissioning within the periods in Clause 2.2, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to ten per cent of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
H:8. Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software for the Buyer's plants. The Software remains the property of the Supplier.
P:8.2 Asset models, alarm configurations, reports and interface scripts prepared specifically for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:9.2 The Software shall be installed on the Buyer's servers inside the plant network. Remote access by the Supplier requires the Buyer's approval for each session and shall take place through the Buyer's secure gateway, with logging. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data within six hours, cooperate in its investigation and bear all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and business information received under this Agreement, including the Buyer's process data and plant layouts, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Agreement.
H:11. Liability
P:11.1 The total liability of the Supplier under this Agreement is limited to two hundred per cent of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the acts and omissions of its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei in accordance with its rules. The award is final and binding on both parties.
H:15. General
P:15.1 This Agreement is signed in two originals in English. The Annexes are: Annex 1 Technical Specification; Annex 2 Installation Plan; Annex 3 Acceptance Test Procedure.
P:15.2 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, provided it notifies the other party within seven days and takes reasonable steps to reduce the delay.
P:15.3 Notices shall be in writing and delivered by courier or e-mail to the addresses stated above. Any amendment to this Agreement must be signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H896E04 = """# MANAGED APPLICATION AND OPERATIONS SERVICES AGREEMENT

**Agreement reference:** ADO-WHM-MSA-2027

**Parties**

1. **Weifang Huanong Machinery Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Weifang, Shandong Province ("Customer"); and
2. **Adamawa Digital Operations Ltd.**, a company incorporated in the Federal Republic of Nigeria with its registered office in Yola, Adamawa State ("Provider").

**Background.** Customer manufactures agricultural machinery and sells it through dealers in China and abroad. Customer wishes to outsource the day-to-day operation and support of its ERP system, its dealer portal and its spare-parts e-shop. Provider operates a round-the-clock operations centre in Yola and supports customers remotely in English and Chinese.

## Section 1 - Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its dealers and its customers that Provider accesses or processes in performing the Services.

1.5 "Transition" means the knowledge transfer, documentation and set-up activities by which Provider takes over the Services from Customer's current team.

1.6 "Service Commencement Date" means the day after the Transition Acceptance Certificate is signed.

## Section 2 - Term

2.1 This Agreement starts on the date of signature. The Services are provided for thirty-six months from the Service Commencement Date (the "Term").

2.2 This Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## Section 3 - Transition and Transition Acceptance

3.1 Provider shall complete the Transition within seventy days after signature, in accordance with the transition plan agreed at the kick-off meeting.

3.2 Transition is complete when: (a) Provider has documented runbooks for every system in Schedule 1 and Customer's IT manager has approved them; (b) monitoring covers every server, database and interface listed in Schedule 1 and test alerts have reached Provider's operations centre; (c) Provider has handled all tickets in a parallel run of twenty working days alongside Customer's team, meeting the Service Levels; and (d) Provider has carried out one successful restore test of the ERP database.

3.3 When the criteria in 3.2 are met, Customer shall sign a Transition Acceptance Certificate within five working days. Provider's participation in the parallel run does not constitute acceptance.

3.4 If Transition is not complete within the period in 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to a maximum of CNY 124,000.

## Section 4 - Services and Service Levels

4.1 Provider shall perform the Services with skilled personnel, in accordance with good industry practice and the Service Levels.

4.2 Provider shall nominate a service delivery manager who speaks Chinese and who attends a monthly service review with Customer, online or in Weifang.

4.3 If Provider fails to meet a Service Level, Customer is entitled to the service credits stated in Schedule 2. Service credits are deducted from the next monthly invoice and do not limit Customer's other rights.

4.4 Provider shall deliver a monthly service report by the fifth business day of each month. The report shall list all tickets by priority, response and resolution times, any missed Service Levels with their root causes, the credits due, the application maintenance hours used and the actions planned for the next month.

4.5 Either party may request a change to the Services. Provider shall answer a change request within ten business days with its effect on the Charges and the Service Levels. No change is binding until both parties sign it.

## Section 5 - Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term and include all taxes, travel and tools.

5.2 The Transition Fee is invoiced after the Transition Acceptance Certificate is signed. The Monthly Service Charge is invoiced monthly in arrears after the end of each month of the Term. Customer pays no amount before the Service Commencement Date.

5.3 Customer shall pay each correct invoice within thirty days after receipt.

5.4 Customer may withhold any amount it disputes in good faith, by stating the reasons in writing. The parties shall try to resolve the dispute at the next monthly service review.

## Section 6 - Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and for no other purpose.

6.2 At the end of the Term Provider shall return to Customer all documents and records relating to the Services.

## Section 7 - Intellectual Property

7.1 Runbooks, scripts, monitoring configurations, reports and other materials created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely.

7.2 Provider's pre-existing tools remain Provider's property. Provider grants Customer a free, perpetual licence to use any of them embedded in the materials in 7.1.

## Section 8 - Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for the purposes of this Agreement and not disclose it to any third party without prior written consent.

8.2 This Section survives for five years after the end of this Agreement.

## Section 9 - Personnel and Subcontracting

9.1 Provider shall keep a core team of named engineers for the Services and shall inform Customer in advance of any change in that team.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for its subcontractors.

## Section 10 - Liability

10.1 Provider's total liability arising out of or in connection with this Agreement in any event shall not exceed the Charges paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss.

## Section 11 - Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after notice, or if Provider misses the same Service Level in three consecutive months.

11.2 On expiry or termination, Provider shall provide exit assistance for up to sixty days so that Customer or a new provider can take over the Services without interruption. Exit assistance is charged at the rates in Schedule 3.

## Section 12 - Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules. The arbitration shall be conducted in English and Chinese.

## Section 13 - General

13.1 The Schedules form part of this Agreement. If they conflict with the Sections, the Sections prevail.

13.2 Neither party is liable for delay caused by force majeure if it informs the other party promptly. If force majeure prevents the Services for more than thirty days, either party may terminate this Agreement.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Monitoring | ERP application and database servers, dealer portal, spare-parts e-shop, 14 interfaces, backups | 24 x 7 |
| Incident management | Logging, diagnosis and resolution of incidents; escalation to software vendors | 24 x 7 |
| Service desk | Tickets from Customer's staff and dealers by portal, e-mail and telephone, in Chinese and English | 07:00-23:00 Beijing time, 7 days |
| Application maintenance | Configuration changes, user and role administration, minor report changes (up to 60 hours per month) | Business days |
| Backup and restore | Daily backup checks, monthly restore test of one system | Monthly |
| Reporting | Monthly service report and service review | Monthly |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit for each miss |
|---|---|---|---|---|
| Priority 1 | ERP, dealer portal or e-shop unusable for all users | 15 minutes | 3 hours | CNY 2,500 |
| Priority 2 | Major function impaired, workaround not available | 30 minutes | 8 hours | CNY 1,000 |
| Priority 3 | Minor function impaired or single user affected | 2 hours | 3 business days | CNY 200 |
| Service request | Standard changes and user administration | 1 business day | 5 business days | none |

Total credits in a month are limited to twenty per cent of that month's Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | fixed, one-time | 124,000 |
| Monthly Service Charge | CNY 58,000 x 36 months | 2,088,000 |
| Total Charges for the Term | | 2,212,000 |
| Exit assistance | per engineer-day, if used | 1,800 |
| Additional application work above 60 hours per month | per hour, if ordered | 260 |

Signed for Customer: ____________________   Signed for Provider: ____________________
"""

H896E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No.: CAS-QHO-2027-02

BETWEEN

Qingdao Hengrui Oilseeds Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province ("Customer"),

AND

Confluence Agridata Services Limited, a company incorporated in the Federal Republic of Nigeria with its registered office in Lokoja, Kogi State ("Provider").

BACKGROUND

Customer imports sesame, soybeans and cashew nuts from West Africa. Provider collects and publishes market, crop and logistics data for West African agricultural commodities and makes it available through an application programming interface (the "API") and a web dashboard. Customer wishes to subscribe to Provider's data for two Subscription Years and to have Provider connect the data feed to Customer's trading and risk systems. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the data sets described in Clause 2.1, as updated by Provider from time to time.

1.2 "Customer Data" means all data that Customer or its users submit to the API or the dashboard, including watch lists, purchase positions, queries and uploaded files, and any output generated specifically from them.

1.3 "Subscription Year" means a period of one year. The first Subscription Year starts on the date of the Integration Acceptance Certificate and the second Subscription Year starts on the first anniversary of that date.

1.4 "Integration Services" means the services described in Clause 3.

2. SUBSCRIPTION

2.1 During the two Subscription Years Provider shall make the following Provider Data available to Customer through the API and the dashboard: (a) daily farm-gate and port prices for sesame, soybeans, cashew nuts and shea in Nigeria, Niger, Benin, Burkina Faso and Cote d'Ivoire; (b) weekly crop condition and rainfall indicators by growing region; (c) export volumes by port and destination, updated monthly; and (d) vessel and warehouse availability at Lagos, Cotonou and Abidjan, updated weekly.

2.2 Customer may use the Provider Data for its internal business purposes, including trading, risk management and reporting to its management and lenders, for up to twenty-five named users and three system connections. Customer shall not resell the Provider Data or publish it in bulk.

2.3 Provider shall keep the Provider Data accurate to the standard of care expected of a professional data provider and shall correct any error notified by Customer within two business days.

2.4 Provider shall publish a methodology note for each data set describing its sources, collection method, update schedule and known limitations, and shall inform Customer of any material change in sources or method.

3. INTEGRATION SERVICES

3.1 Provider shall build and deliver connectors that load the Provider Data into Customer's trading system and risk dashboard every day, map Provider's commodity and location codes to Customer's codes, and provide a Chinese-language version of the standard dashboard views.

3.2 Provider shall complete the Integration Services and present them for acceptance within fifty days after the date of this Agreement.

3.3 If Provider fails to present the Integration Services for acceptance within the period in Clause 3.2 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to a maximum of CNY 36,000.

3.4 Customer shall give Provider's engineers timely access to a test environment, the interface specifications of its trading system and a contact person who can decide on code mappings. Delays caused by Customer extend the period in Clause 3.2 accordingly.

4. INTEGRATION ACCEPTANCE

4.1 The Integration Services are accepted when: (a) the connectors have loaded complete daily data for ten consecutive business days without manual correction; (b) a sample of two hundred prices checked by Customer matches the dashboard and the source records; (c) code mappings cover all commodities and locations in Clause 2.1; and (d) Customer's users can open the Chinese-language dashboard views.

4.2 When the criteria in Clause 4.1 are met, Customer shall sign an Integration Acceptance Certificate within five business days. Trial use of the data before that date does not constitute acceptance.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee for the first Subscription Year CNY 348,000; subscription fee for the second Subscription Year CNY 366,000; Integration Services CNY 36,000 (one-time). The total fees under this Agreement are CNY 750,000, inclusive of value-added tax.

5.2 The fee for each Subscription Year is payable in two equal instalments, each invoiced in arrears at the end of each half of that Subscription Year (CNY 174,000 per instalment in the first Subscription Year and CNY 183,000 per instalment in the second).

5.3 The Integration Services fee is invoiced after the Integration Acceptance Certificate is signed. No amount is payable before that date.

5.4 Customer shall pay each correct invoice within thirty days after receipt, by bank transfer in CNY.

6. SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API and the dashboard available and to deliver each data update on time.

6.2 Provider will answer support requests sent to its support mailbox as soon as reasonably practicable during its business hours, Monday to Friday, 08:00 to 17:00 West Africa Time.

6.3 Provider will give Customer at least two weeks' notice of any change to the API that requires changes to Customer's connectors.

6.4 Provider may carry out maintenance of the API and the dashboard from time to time and will try to do so outside Customer's business hours in China.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the subscription and the Integration Services to Customer and shall not use it for any other purpose, alone or combined with other data.

7.2 Provider shall protect Customer Data by encryption in transit and at rest, access control limited to named support staff, and logging of all access. Provider shall not transfer Customer Data to any third party.

7.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate to remedy it and shall be liable for Customer's losses caused by its breach of this Clause 7.

7.4 At the end of this Agreement Provider shall delete all Customer Data and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Provider Data, the API and the dashboard. Customer receives the licence described in Clause 2.2 for the term of this Agreement.

8.2 The connectors, code mappings and Chinese-language dashboard views built for Customer under Clause 3 belong to Customer. Provider shall deliver their source code with the Integration Acceptance Certificate, and Customer may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's positions and watch lists, and shall not disclose it to any third party without the other party's prior written consent.

9.2 This Clause survives for three years after the end of this Agreement.

10. SUBCONTRACTING

Provider shall not subcontract any part of the Integration Services or the processing of Customer Data without Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent of the total fees in Clause 5.1.

11.2 The limit in Clause 11.1 does not apply to breach of Clauses 7 or 9 or to wilful misconduct.

11.3 Neither party is liable for loss of profit, loss of business or indirect loss. Customer remains responsible for its own trading decisions taken on the basis of the Provider Data.

12. TERM AND TERMINATION

12.1 This Agreement starts on the date of signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 This Agreement may not be terminated by either party before the end of the second Subscription Year, except under Clause 13. If a party breaches this Agreement, the other party may claim performance and damages, but may not terminate this Agreement on that ground.

13. FORCE MAJEURE

If an event beyond a party's reasonable control, such as a natural disaster, civil unrest or government action, prevents that party from performing for more than sixty consecutive days, either party may terminate this Agreement by written notice, and fees for the period after termination are not payable.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The award is final.

15. GENERAL

15.1 This Agreement is the entire agreement between the parties about its subject matter. Any amendment must be in writing and signed by both parties.

15.2 Notices shall be in writing and sent by e-mail and courier to the addresses of the parties stated above, or to another address notified in writing.

15.3 Neither party may assign this Agreement without the other party's prior written consent.

15.4 This Agreement is made in two originals in English, one for each party.

SIGNED for Customer: ____________________

SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------- files and labels
TEXT = {"h896z01": H896Z01, "h896z02": H896Z02, "h896z03": H896Z03, "h896z04": H896Z04, "h896z05": H896Z05,
        "h896e01": H896E01, "h896e02": H896E02, "h896e03": H896E03, "h896e04": H896E04, "h896e05": H896E05}
FILES = {
    "h896z01": "h896z01_civil_affairs_charity_store_platform.pdf",
    "h896z02": "h896z02_juicer_factory_line_control_retrofit.docx",
    "h896z03": "h896z03_memory_training_chain_booking_saas.txt",
    "h896z04": "h896z04_school_kitchen_cctv_annual_om_service.txt",
    "h896z05": "h896z05_pressed_flower_studio_tracking_supplier_template.md",
    "h896e01": "h896e01_seafood_coldchain_wms_licence_thai_vendor.pdf",
    "h896e02": "h896e02_tea_traceability_saas_order_form_turkish_vendor.md",
    "h896e03": "h896e03_cement_plant_condition_monitoring_sensors.docx",
    "h896e04": "h896e04_machinery_maker_managed_operations_36_months.md",
    "h896e05": "h896e05_commodity_data_api_two_subscription_years.txt",
}
LANG = {k: ("zh" if "z" in k[4:] else "en") for k in FILES}
CATEGORY = {"h896z01": "software", "h896z02": "hardware", "h896z03": "cloud", "h896z04": "services",
            "h896z05": "software", "h896e01": "software", "h896e02": "cloud", "h896e03": "hardware",
            "h896e04": "services", "h896e05": "cloud"}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# availability, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwfee, auto, term, sub, law, kind
ROWS = {
    "h896z01": (N, 0.5, T, "buyer", T, T, T, 0.03, N, 20, T, T, 24, 8, F, T, T, N, G),
    "h896z02": (N, 1, T, "buyer", T, T, F, 0.1, 200, 20, T, T, 18, 32, F, T, F, "PRC", G),
    "h896z03": (99.95, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S),
    "h896z04": (N, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S),
    "h896z05": (N, 24, F, "supplier", T, T, T, N, 20, 65, F, F, 3, N, F, T, N, N, G),
    "h896e01": (N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 9, F, T, F, "Thailand", G),
    "h896e02": (99.5, 1, T, "buyer", T, T, T, 500 / 620000 * 100, 200, N, T, N, N, N, T, T, F, "Turkey", S),
    "h896e03": (N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 7, F, T, F, "PRC", G),
    "h896e04": (N, 0.25, T, "buyer", F, T, T, 2000 / 2212000 * 100, 6 / 36 * 100, N, T, N, N, N, F, T, F, "PRC", S),
    "h896e05": (N, N, F, "buyer", T, T, T, 600 / 750000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S),
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "h896z01": (T, T, T, F, 1374000),
    "h896z02": (T, T, T, F, 1462000),
    "h896z03": (T, T, N, F, 854000),
    "h896z04": (T, T, N, F, 486000),
    "h896z05": (T, F, F, T, 312000),
    "h896e01": (T, T, T, F, 1272000),
    "h896e02": (T, T, N, F, 620000),
    "h896e03": (T, T, T, F, 1340000),
    "h896e04": (T, T, N, F, 2212000),
    "h896e05": (F, T, N, F, 750000),
}
# design data not in the labels: itemised licence/hardware subtotal (TCO fee base)
FEE_BASE = {"h896z01": 680000, "h896z02": 1120000, "h896z05": 168000, "h896e01": 920000, "h896e03": 1167000}
DESIGN = {
    "h896z01": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h896z02": ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h896z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h896z04": [],
    "h896z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h896e01": ["CR-GOVERNING-LAW"],
    "h896e02": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY"],
    "h896e03": [],
    "h896e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h896e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of policy §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15, "tco_share_pct": 40}


def tco_share(key, t):
    """Post-warranty fee share of 5-year TCO in %, or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    value = EXTRA[key][4]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (value + fees) * 100


def derive_rules(key, t, x):
    """My reading of policy §3 applied to the label."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or x["acceptance_deemed_on_delivery"]:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > TH["tco_share_pct"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is the chosen law's country or mainland
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    return "medium" if any(x not in LOW for x in rules) else "low"


def label(key):
    t = dict(zip(KEYS, ROWS[key]))
    sla, lds, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive_rules(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    return {"file": FILES[key], "language": LANG[key], "category": CATEGORY[key], "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


# ---------------------------------------------------------------- reading back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NUM = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [re.compile(p, re.I) for p in [
    NUM + r"99\.9(?![\d])",                                  # availability
    NUM + r"4\s*(?:-\s*)?(?:hours?|hrs?|小时|个小时)",          # P1 response
    r"(?<![a-z-])four\s*(?:-\s*)?(?:hours?|hrs?)", r"(?<![一二三四五六七八九十])四(?:个)?小时",
    NUM + r"0\.05(?![\d])",                                   # LD rate
    r"万分之五(?![十百])", r"千分之零点五",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*(?:per\s*cent|percent)",  # cap
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"(?<![a-z-])thirty\s*(?:per\s*cent|percent)",
    NUM + r"12\s*(?:-\s*)?(?:months?|个月)", r"(?<![a-z-])twelve\s*(?:-\s*)?(?:calendar\s*)?months?",
    r"(?<![一二三四五六七八九])十二个月",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])", r"(?<![a-z-])fifteen\s*(?:per\s*cent|percent)",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"(?<![a-z-])forty\s*(?:per\s*cent|percent)",
]]
MUST_HIT = ["99.9%", "availability 99.9 %", "within 4 hours", "4小时内响应", "四小时", "four hours", "0.05%",
            "万分之五", "千分之零点五", "100%", "100 per cent", "百分之百", "one hundred per cent", "30%", "30 %",
            "百分之三十", "thirty per cent", "12 months", "12-month", "十二个月", "12个月", "twelve months",
            "15%", "百分之十五", "fifteen percent", "40%", "百分之四十", "forty per cent"]
MUST_MISS = ["99.95%", "99.98", "24 hours", "24小时", "14 hours", "0.055%", "0.5%", "130%", "1,100%", "2030%",
             "百分之三十五", "thirty-five per cent", "forty-five per cent", "2027年12月31日",
             "one hundred and fifty per cent", "115%", "0.08%", "百分之十", "十四小时", "twenty-four hours", "二十四小时", "24个月", "112 months"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        for p in THRESHOLD_PATTERNS:
            hits += [m.group(0) for m in p.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------- main
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    kinds = {k: FILES[k].rsplit(".", 1)[1] for k in FILES}
    targets = {k: (FILES[k], kinds[k]) for k in FILES if kinds[k] in ("docx", "pdf")}
    write({k: TEXT[k] for k in targets}, targets, OUT, wrap_words=True)
    for k in FILES:
        if kinds[k] in ("txt", "md"):
            (OUT / FILES[k]).write_text(TEXT[k], encoding="utf-8")
            print("wrote", FILES[k])

    covered = set()
    for k in FILES:
        lab = label(k)
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for f, th in TH.items():
            if f in t and t[f] is not None:
                assert abs(t[f] - th) > 1e-9, (k, f, t[f])
        share = tco_share(k, t)
        if share is not None:
            assert abs(share - TH["tco_share_pct"]) > 2, (k, share)
        stem = FILES[k].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / FILES[k])
        n = length(text, LANG[k])
        lo, hi = (2750, 3000) if LANG[k] == "zh" else (1450, 1650)
        hits = scan(text)
        print("%s %-4s len=%5d risk=%-6s share=%s rules=%s" % (
            k, LANG[k], n, risk(lab["expected_rules"]), "-" if share is None else "%.1f" % share,
            ",".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        assert lo <= n <= hi, (k, n)
        assert not hits, (k, hits)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    compliant = [k for k in FILES if not DESIGN[k]]
    assert sorted(LANG[k] for k in compliant) == ["en", "zh"], compliant
    print("all checks passed")
