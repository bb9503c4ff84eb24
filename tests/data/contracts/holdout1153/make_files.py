"""holdout1153: builds the ten held-out draft contracts and their .json labels from the sources below.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf through
../word_pdf.py (PDF lines broken at word boundaries). Then every built file is read back (python-docx paragraphs plus
table rows, pypdf text, or the file text) and the script asserts: the length ranges, that no text states a policy
threshold figure (a self-tested regex over the raw, whitespace-collapsed and whitespace-free text), that no label value
sits on a threshold, the price / payment sums, the TCO margin, that the rules derived from each label by this folder's
reading of policy section 3 equal the design list, and that all 20 CR rules fire at least once.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江川市劳动人事争议仲裁院劳动仲裁平台软件采购及定制开发合同
P:合同编号：JCZC-2027-016　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江川市劳动人事争议仲裁院
P:乙方（供应商）：杭州衡裁信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就劳动仲裁平台软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供劳动仲裁平台软件的永久使用许可，包括网上申请立案、案件流转、庭审排期、电子送达、调解管理、统计分析六个模块，并按甲方需求完成定制开发、历史数据迁移、部署实施和培训。
P:1.2 定制开发内容包括：与人社一体化信息平台的案件数据接口；与法院电子送达平台的接口；仲裁文书智能生成模板；面向申请人的移动端小程序；院领导驾驶舱。
P:1.3 系统部署于甲方使用的政务云资源池，乙方不得将系统或其任何组成部分部署在甲方指定环境以外。
P:1.4 乙方应组建不少于六人的项目团队，项目经理须具有同类系统实施经验，未经甲方同意不得更换。
P:1.5 乙方应为甲方仲裁员、书记员及系统管理员提供不少于三期的操作培训，并提交用户手册、运维手册和培训记录。
H:第二条 合同价款
P:2.1 合同总价为人民币1,628,000元（大写：壹佰陆拾贰万捌仟元整），含税，为固定总价。
P:2.2 价款构成：平台软件许可费860,000元；定制开发费574,000元；历史数据迁移费118,000元；部署实施及培训费76,000元。
P:2.3 合同总价已包括软件许可、开发、迁移、实施、培训、质保期内服务、差旅及税费等全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后10个工作日内，甲方支付合同总价的20%作为预付款，即325,600元。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，即732,600元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即569,800元。
P:3.4 甲方按照财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。乙方应在签约前提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成软件部署、定制开发和数据迁移，并书面提出初步验收申请。
P:4.2 乙方应于合同签订后150日内具备最终验收条件。因甲方原因造成的延误，交付期限相应顺延。
P:4.3 乙方应每周向甲方报送项目进度，遇有影响工期的重大问题应及时书面报告。
H:第五条 验收
P:5.1 初步验收标准：（1）全部功能符合招标文件技术需求及双方确认的需求规格说明书；（2）在300个并发用户下，常用查询响应时间不超过2秒，统计报表生成时间不超过8秒；（3）迁移的历史案件数据经双方逐条比对，案件数、当事人信息及文书附件无遗漏、无差错；（4）各接口联调测试通过并连续运行7日无差错。
P:5.2 初步验收通过后进入为期60日的试运行。试运行期间未发生一级故障，且系统通过具有资质的第三方机构开展的网络安全等级保护测评和商用密码应用安全性评估，方可申请最终验收。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面意见；验收不合格的，乙方应在15日内整改后重新申请验收。系统上线运行、甲方使用系统或支付部分款项，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口维护及技术支持，并每季度进行一次系统巡检。
P:6.2 服务水平：系统月可用率不低于99.95%（经甲方同意的计划内维护除外）。一级故障（系统整体不可用或立案、送达功能中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应；三级故障在下一工作日内处理。
P:6.3 乙方未达到6.2约定的，一级故障响应或恢复每超时1小时，甲方可扣减1,000元；月可用率每低于约定值0.01个百分点，扣减2,000元。上述扣减从应付款项或履约保证金中抵扣。
P:6.4 质保期满后，如甲方需要继续由乙方提供运维服务，年度运维费不超过平台软件许可费的9%，即每年不超过77,400元，该标准自质保期满起三个服务年度内不得上调。具体服务内容由双方另行签订运维合同，运维合同期满不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在本单位及上级主管部门范围内使用。
P:7.2 为本项目定制开发的接口程序、文书模板、小程序、驾驶舱及其源代码、技术文档，知识产权归甲方所有，乙方应在最终验收时完整移交。甲方有权自行或委托第三方修改、使用和许可他人使用。
P:7.3 乙方保证所提供软件不侵犯第三方权利，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 仲裁案件数据、当事人个人信息及系统产生的日志等全部数据归甲方所有。乙方仅可为履行本合同使用，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，实施人员须通过堡垒机操作，严禁将数据拷贝出甲方环境；测试只能使用甲方提供的脱敏数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施并在2小时内书面报告甲方。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 双方对履行本合同知悉的对方工作秘密、技术资料及案件信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应与参与本项目的人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的权利义务全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：江川市劳动人事争议仲裁院　　　乙方（盖章）：杭州衡裁信息技术有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:电动编织机生产线控制系统改造合同
P:合同编号：YF-GZ-2027-008
P:甲方：绍兴越纺电动编织机厂
P:乙方：宁波擎工自动化科技有限公司
P:为提升编织机生产线的自动化和质量追溯水平，甲方委托乙方对其编织机生产线的电气控制系统进行改造，并提供配套的产线监控软件。双方经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 改造对象为甲方一号至三号车间共18条编织机组的电气控制系统，包括PLC控制柜更换、伺服驱动改造、断纱检测装置加装、车间工业网络建设及产线监控软件部署。
P:1.2 乙方负责方案设计、设备供货、安装接线、PLC及HMI编程、联机调试和人员培训，并开发产线监控软件与甲方现有ERP系统之间的生产工单接口。
P:1.3 乙方应在开工前提交详细设计方案和停产改造计划，经甲方书面确认后实施。
P:1.4 改造后的控制系统应支持每台编织机独立启停、速度无级调节和断纱自动停机，PLC程序应预留不少于20%的输入输出余量，控制柜防护等级不低于IP54，所有电气元件须为全新正品并提供出厂合格证。
P:1.5 乙方项目经理须在改造期间全程驻场，未经甲方同意不得更换。
H:第二条 合同价格
P:2.1 合同总价为人民币1,900,000元（含增值税），为固定总价，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|18套|36,500|657,000
TB:2|伺服驱动器及伺服电机|72套|6,800|489,600
TB:3|断纱检测传感器|1,440个|185|266,400
TB:4|工业以太网交换机|12台|8,600|103,200
TB:5|产线监控软件许可（永久）|1套|236,000|236,000
TB:|软硬件小计|||1,752,200
TB:6|安装调试及ERP接口开发|1项|128,000|128,000
TB:7|操作及维护培训|1项|19,800|19,800
TB:|合计|||1,900,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及质保期内服务等全部费用。
P:2.3 乙方应随货提供设备装箱清单、使用说明书、合格证及软件安装介质。
H:第三条 付款方式
P:3.1 合同签订后15日内，甲方凭乙方开具的收据支付合同总价的20%作为预付款，即380,000元。
P:3.2 全部设备运抵甲方厂区并经甲方签收后，甲方支付合同总价的35%，即665,000元。到货签收仅确认设备数量和外观，不代表质量验收。
P:3.3 最终验收合格后15日内，甲方支付合同总价的45%，即855,000元。
P:3.4 乙方应在每期付款前开具合法有效的增值税专用发票。
P:3.5 合同履行期间，如甲方要求增加改造机组，单价按本合同明细表执行。
H:第四条 交货与工期
P:4.1 全部设备应于合同签订后45日内运抵甲方厂区。改造按车间轮换实施，每个车间停产改造时间不超过10日，全部改造工作于合同签订后120日内完成。
P:4.2 乙方施工人员应遵守甲方厂区安全生产及消防管理制度，因乙方原因造成的安全事故由乙方负责。
P:4.3 每个车间改造前，乙方应完成旧控制柜拆除方案及恢复预案，确保停产期间不影响其他车间生产；改造完成后，乙方应清理现场并移交竣工图纸。
H:第五条 验收
P:5.1 验收标准：（1）设备品牌、型号、数量与第二条及乙方投标文件一致；（2）断纱检测装置从断纱到停机的时间不大于0.2秒，误停率不高于千分之二；（3）每条机组连续满负荷运行72小时无故障；（4）产线监控软件实时显示各机组运行状态、产量和停机原因，数据刷新间隔不大于3秒；（5）ERP工单下发与产量回传经双方核对一致。
P:5.2 各车间改造完成后进行分段测试，全部车间完成后进入30日试运行，试运行结束后由甲方组织最终验收并签署验收报告。设备安装完成、试运行或甲方投入生产，均不视为验收合格。
P:5.3 最终验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担；两次验收仍不合格的，甲方有权解除合同。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费升级产线监控软件。
P:6.2 一级故障（整条机组停机）乙方应在1小时内响应，6小时内到场处理；二级故障（单台设备异常）应在8小时内到场。乙方每超时1小时，向甲方支付800元服务违约金。
P:6.3 质保期满后，乙方提供维保服务，内容包括一名驻场工程师、易损件更换、季度预防性维护及软件升级。维保费按软硬件小计的26%每年计取，即每年455,572元，自质保期满起三个服务年度内不作调整，按季度支付。
P:6.4 维保期间，一级故障的响应及到场时限与6.2相同，乙方超时的，按6.2约定支付服务违约金；驻场工程师每月出勤不少于22个工作日。
P:6.5 乙方应建立设备维修档案，每次维修后记录故障原因、处理措施和更换部件，并于每季度末提交甲方。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、HMI画面、ERP接口程序及其源代码、技术文档归甲方所有，甲方可自行修改或委托他人维护。
P:7.2 产线监控软件的著作权归乙方所有，甲方享有永久、不可转让的使用许可。
P:7.3 乙方保证所供设备和软件不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担责任。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及设备运行记录均归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的VPN接入，操作全程记录，不得擅自复制或带走数据；发生数据泄露、篡改的，乙方应在2小时内通知甲方、配合处置并承担由此造成的损失。
P:8.3 乙方交付的设备及软件不得含有未经甲方同意的远程控制或数据外传功能。
H:第九条 保密
P:9.1 乙方对在履行合同中知悉的甲方工艺配方、生产计划、客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后五年。
P:9.2 乙方应要求其工作人员遵守上述保密义务，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但乙方故意或重大过失造成的损失除外。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方可将电气安装及布线施工分包给具备相应资质的单位，但应在开工前书面告知甲方分包单位名称及负责人。乙方对分包工作的质量和安全向甲方负全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可书面通知对方解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交绍兴仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设计方案、设备清单、停产改造计划。本合同未尽事宜，双方另行协商签订补充协议。
P:甲方（盖章）：绍兴越纺电动编织机厂　　　乙方（盖章）：宁波擎工自动化科技有限公司
"""

Z03 = """桂雅裁缝连锁门店预约及会员管理系统服务合同

合同编号：GY-IT-2027-003
甲方：成都桂雅服饰定制有限公司（下辖28家裁缝门店）
乙方：成都云针软件服务有限公司

甲方拟为其28家裁缝门店及总部引入量体预约及会员管理系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方28家门店提供量体预约、裁制订单进度跟踪、取衣提醒、会员积分、储值卡及短信通知等功能，每家门店开通一个门店版账号（含5个员工子账号）。
2. 乙方向甲方总部提供管理端，包括门店经营报表、会员画像统计、储值余额对账和营销活动配置功能。
3. 系统部署于乙方在中国境内租用的云服务器上，乙方负责平台的运行、备份、安全防护和版本升级。
4. 系统支持与甲方现有的收银设备及扫码枪对接，乙方负责完成对接调试。
5. 会员储值卡余额变动须实时以短信或微信消息通知会员本人。
（二）实施服务
1. 门店、员工账号及权限配置；
2. 历史会员数据迁移（约4.6万条会员记录及储值余额）；
3. 微信小程序预约页面按甲方品牌风格定制，包括门店选择、量体师选择、预约时段及订单进度查询页面；
4. 店长及店员操作培训，每家门店不少于2次。
（三）培训与支持：服务期内乙方提供工作日9:00至21:00的在线客服和电话支持，并每季度组织一次新功能线上培训。

二、服务期限
（一）服务期为两个服务年度，自实施验收合格之日起计算。第一个服务年度自起算日开始，第二个服务年度自第一个服务年度届满次日开始，具体日期以双方签署的上线确认单为准。服务期内乙方不得单方提高订阅费标准。
（二）服务期满前30日内，双方均未书面提出终止的，本合同自动续期一个服务年度，并可依此类推。续期的服务费由乙方根据届时的产品价格政策调整，乙方应在续期前10日通知甲方调整后的价格。
（三）甲方决定不再续期的，乙方应配合完成数据交还。

三、服务费用
（一）门店版订阅费：每家门店每个服务年度5,400元，28家门店合计151,200元/服务年度。
（二）总部管理端订阅费：36,000元/服务年度。
（三）实施费（一次性）：小程序定制及实施68,000元，历史数据迁移12,000元，合计80,000元。
（四）两个服务年度的合同总价为454,400元（含税），其中订阅费374,400元，实施费80,000元。
（五）服务期内甲方新增门店的，按每店每服务年度5,400元按月折算计费。
（六）上述订阅费已包含云资源、数据备份、短信通知（每家门店每月不超过2,000条）及版本升级费用。

四、付款方式
（一）实施费在实施验收合格后15日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后15日内支付。
（三）乙方应在甲方付款前开具等额增值税发票。
（四）甲方支付的款项不视为对乙方服务质量的认可。

五、实施与验收
（一）乙方应在合同签订后45日内完成全部实施工作并提交验收申请。
（二）验收标准：1. 28家门店账号及权限配置正确；2. 迁移的会员记录和储值余额与甲方原系统导出数据逐条核对一致；3. 小程序预约、改约、取消及订单进度查询功能按需求确认书全部实现；4. 在200个并发预约请求下，页面响应时间不超过2秒；5. 门店收银对接测试连续3日无差错；6. 完成全部门店培训并有签到记录。
（三）甲方应在收到验收申请后7个工作日内完成验收并签署验收单。门店试用或甲方支付订阅费均不视为验收合格。验收不合格的，乙方应在7日内整改并重新提交验收申请。
（四）实施期间乙方应指定一名实施经理，负责与甲方总部及各门店对接，并每周提交实施进度报告。

六、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在每日22:00至次日8:00之间并提前3日通知甲方。可用率按当月实际可用分钟数除以当月总分钟数计算。
（二）故障分级及响应：1. 一级故障（全部门店无法预约或收银）：30分钟内响应，2小时内恢复；2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；3. 三级故障（一般咨询及轻微缺陷）：下一工作日内处理。
（三）服务抵扣：月可用率每低于约定值0.1个百分点，抵扣当月订阅费的2%；一级故障恢复每超时1小时，抵扣500元。抵扣在下一期订阅费中扣减。
（四）乙方应每月向甲方提交服务报告，列明可用率、故障次数、处理时长及抵扣金额。

七、数据归属与数据安全
（一）甲方会员信息、量体数据、订单及储值记录等全部业务数据归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应对数据进行加密存储和传输，实行最小权限访问控制并保留操作日志不少于6个月，每日进行数据备份。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，立即采取补救措施，并承担因此给甲方造成的损失及对会员的赔偿责任。
（四）合同终止后，乙方应在15日内将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（五）乙方不得在系统中嵌入与本合同服务无关的广告，不得利用甲方会员数据向会员推送第三方营销信息。
（六）乙方应定期委托第三方进行渗透测试，并将测试结论提交甲方。

八、保密
双方对履行本合同过程中知悉的对方商业秘密、客户资料和经营数据负有保密义务，未经对方书面同意不得向第三方披露。乙方应与接触甲方数据的员工签订保密协议。保密义务在合同终止后继续有效。

九、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、设计素材及其源代码归甲方所有，乙方应在实施验收时一并移交，甲方可自行修改或委托他人开发。
（三）乙方保证平台不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并赔偿甲方损失。

十、违约责任
（一）乙方未按期完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任，以甲方在索赔事件发生前六个月内已支付的服务费总额为限，但数据泄露及乙方故意或重大过失造成的损失除外。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的服务转包；确需将部分实施工作分包的，应事先取得甲方书面同意，并对分包方的行为承担全部责任。

十二、合同解除
乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未履行服务期间的费用。因乙方停止经营或平台终止运营导致服务无法继续的，甲方亦有权解除合同，乙方应配合完成数据迁出。因不可抗力致使合同目的不能实现的，双方均可解除合同。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：需求确认书、门店清单、小程序页面设计稿。本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：成都桂雅服饰定制有限公司
乙方（盖章）：成都云针软件服务有限公司
签订日期：2027年4月  日"""

Z04 = """临河市水务局二次供水监控系统2027年度运维服务合同

项目编号：LHSW-CS-2027-05
采购方式：竞争性磋商
甲方（采购人）：临河市水务局
乙方（成交供应商）：临河清源智慧水务技术有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就临河市二次供水监控系统运维服务订立本合同。

1 服务内容
1.1 运维对象为甲方二次供水监控系统，包括全市412座二次供水泵房的现场监控终端（PLC、水质仪表、压力变送器、视频及门禁设备）、通信链路，以及部署在市政务云的二次供水监控平台。
1.2 乙方提供的服务包括：泵房监控终端的定期巡检、维护和故障维修；监控平台的日常运行维护、数据备份、补丁更新和安全加固；备品备件的储备与更换；汛期、冰冻期及重大活动期间的应急保障。
1.3 巡检频次：每座泵房每季度现场巡检不少于1次，水质仪表每月校准1次；平台每日巡检并形成运行日志。
1.4 乙方应设立不少于10人的运维服务团队，其中驻场人员不少于3人，在甲方指定地点办公；项目负责人未经甲方书面同意不得更换。
1.5 乙方应设立7×24小时服务热线，运维工单纳入甲方指定的运维管理系统统一登记、派单和闭环。
1.6 服务期内新建或改造后接入平台的泵房纳入本合同运维范围，新增泵房不超过20座的，不另行计费。
1.7 乙方使用的检测仪器应经检定合格并在有效期内。

2 服务期限
2.1 服务期限自2027年1月1日起至2027年12月31日止。
2.2 服务期满后本合同终止；甲方如需继续采购运维服务，按照政府采购规定另行组织采购，本合同不自动续期。
2.3 乙方应于2027年1月1日前完成人员进场和交接，与原运维单位核对设备台账。

3 合同价款
3.1 合同总价为人民币868,000元（大写：捌拾陆万捌仟元整），含税，为固定总价。
3.2 价款构成：泵房终端巡检维护费486,000元；平台运维费172,000元；备品备件费138,000元；应急保障费72,000元。
3.3 单个备件价格超过5,000元的，乙方应事先报甲方确认；服务期内备品备件费结余部分在末期付款时据实核减。
3.4 合同总价包括人工、交通、工具仪表、备品备件、通信及税费等全部费用，甲方不再另行支付。

4 付款方式
4.1 运维服务费按季度支付，每季度末由甲方组织季度考核，考核合格后15个工作日内支付当季服务费217,000元。
4.2 第四季度服务费在年度验收合格后支付，如有备品备件费结余一并核减。
4.3 乙方应在每次付款前提供合法有效的发票。甲方按财政资金支付程序付款。

5 服务标准
5.1 故障分级：一级故障为监控平台整体中断、10座以上泵房数据中断或泵房出现停水、水质超标告警；二级故障为单座泵房监控数据中断或设备故障；三级故障为一般性缺陷。
5.2 响应时限：一级故障乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，8小时内到达现场；三级故障在3个工作日内处理完毕。
5.3 乙方应保证泵房监控数据按约定频次上传，平台历史数据保存不少于三年，每日增量备份，每周全量备份。
5.4 乙方未达到上述服务标准的，甲方有权书面要求乙方限期整改，整改情况纳入季度考核记录，并作为甲方以后采购时评价供应商的参考。
5.5 重大节假日及汛期，乙方应制定专项保障方案，安排专人值守，并每日向甲方报告泵房运行情况。
5.6 乙方应于每月5日前向甲方提交上月运维报告，内容包括巡检完成情况、故障统计、备件消耗及设备隐患分析。

6 考核与验收
6.1 季度考核内容包括：巡检计划完成率、故障处理及时性、巡检记录和运行日志的完整性、备件更换记录与实物一致性；全部项目达标方为季度考核合格。
6.2 年度验收标准：（1）全部季度巡检按计划完成并有签字记录；（2）全年一级故障均按5.2时限处理并有处理报告；（3）平台数据备份恢复演练成功；（4）移交完整的运维档案、设备台账和备件清单。
6.3 甲方在服务期满后15个工作日内组织年度验收。甲方支付季度服务费不视为对年度服务的验收。
6.4 年度验收不合格的，乙方应在15日内整改；整改后仍不合格的，按12.1处理。

7 数据安全
7.1 二次供水监控数据、泵房视频、用户及泵房信息等全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的或向第三方提供。
7.2 乙方应遵守《网络安全法》《数据安全法》及关键信息基础设施保护相关规定，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕；不得擅自复制、下载数据。
7.3 发生网络攻击、数据泄露或系统被篡改等安全事件的，乙方应立即处置并在1小时内报告甲方；因乙方原因导致安全事件的，乙方承担全部责任及损失。
7.4 乙方应配合甲方开展网络安全等级保护测评和安全检查，及时整改发现的问题。
7.5 服务期满或合同解除时，乙方应交还全部账号、口令及数据，并删除其设备上存储的甲方数据。

8 保密
8.1 乙方对履行合同中知悉的供水设施位置、系统配置、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得对外披露。
8.2 乙方应与参与本项目的全部人员签订保密承诺书。本条义务在合同终止后继续有效。
8.3 乙方不得在任何宣传材料中使用甲方名称及系统信息。

9 知识产权
9.1 乙方在运维过程中编制的运维脚本、巡检记录、运维文档和报告，其知识产权归甲方所有。
9.2 乙方保证所提供的服务和工具不侵犯第三方合法权益。
9.3 乙方应在服务期满时将全部运维文档的电子版和纸质版移交甲方。

10 违约责任
10.1 乙方未按约定日期进场开展运维服务，或未按巡检计划完成季度巡检的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
10.2 乙方人员违反甲方安全管理规定造成设备损坏或供水事故的，乙方应承担修复费用并赔偿甲方损失。
10.3 乙方工作人员在泵房作业期间发生人身伤害的，由乙方自行承担责任。
10.4 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

11 分包
11.1 本项目不允许分包，乙方不得将本合同项下的服务全部或部分转让给第三方。

12 合同解除
12.1 乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期间结算费用。
12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
12.3 合同解除后，乙方应在10日内完成运维交接，配合甲方或新的服务商接手。

13 争议解决
13.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。

14 其他
14.1 竞争性磋商文件、乙方响应文件、成交通知书及服务方案为本合同的组成部分。
14.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
14.3 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：临河市水务局
乙方（盖章）：临河清源智慧水务技术有限公司
签订日期：2026年12月  日"""

Z05 = """# 灯影工序追踪系统软件许可及定制开发合同

（乙方标准合同文本 V1.3）

合同编号：DY-XS-2027-0142

甲方：扬州明灯手工灯笼工坊有限公司

乙方：苏州灯影数字科技有限公司

鉴于甲方拟采用乙方“灯影工序追踪系统”对手工灯笼的生产工序进行数字化管理，乙方同意按本合同约定向甲方授予软件使用许可并提供定制开发服务。双方经平等协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供灯影工序追踪系统标准版软件的使用许可，许可用户数为60个，许可期限为永久。

1.2 乙方根据甲方需求提供以下定制开发：扎骨架、糊纱、彩绘、装配、质检五道工序的扫码报工功能；订单进度看板；计件工资统计报表；与甲方网店订单系统的接口。

1.3 乙方负责系统的安装部署、基础数据初始化及操作培训。系统部署在甲方自备的服务器上。

1.4 乙方为甲方提供系统管理员培训1次、操作员培训2次，每次不超过半天，培训地点在甲方工坊。

1.5 系统支持安卓手机及扫码枪扫码报工，同时在线用户不超过60个。本合同项下软件的授权以乙方发放的授权文件为准。

## 第二条 合同价款

2.1 本合同总价为人民币312,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 灯影工序追踪系统标准版软件许可（60用户，永久） | 168,000 |
| 2 | 定制开发（工序扫码报工、订单看板、计件工资报表、网店接口） | 126,000 |
| 3 | 安装部署、数据初始化及培训 | 18,000 |
| | 合计 | 312,000 |

2.2 上述价款不包括服务器、扫码枪、标签打印机等硬件设备，如需乙方代购，另行签订采购协议。

2.3 甲方在合同签订后提出需求变更的，乙方有权根据变更工作量另行报价，双方确认后执行。

2.4 甲方要求乙方人员到现场提供服务的，差旅费用由甲方另行承担。乙方开具增值税普通发票，税率按国家规定执行。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即202,800元，乙方收到款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即109,200元。

3.3 甲方逾期付款的，乙方有权暂停开发及服务，由此导致的工期延误由甲方承担，并且甲方应按逾期金额每日千分之一向乙方支付违约金。

3.4 甲方已支付的款项不因任何原因退还，但本合同另有约定的除外。

## 第四条 交付与上线

4.1 乙方在收到首期款后60个工作日内完成定制开发及部署，具体进度以乙方项目计划为准。

4.2 因需求变更、甲方未及时提供资料或配合、网店平台接口调整等原因导致延误的，交付期限相应顺延。

4.3 系统部署完成后，乙方通知甲方上线。系统上线运行即视为甲方验收合格。甲方在上线后发现的问题，按本合同第六条的维护约定处理。

4.4 甲方应为乙方提供必要的办公场所、服务器环境及网络条件，并指定专人负责项目对接和需求确认。

4.5 甲方应在乙方通知上线后3个工作日内组织员工开始使用系统；甲方无正当理由拖延的，自乙方通知之日起满10日视为系统已上线。乙方可根据项目需要调整项目人员，并及时告知甲方。

## 第五条 知识产权

5.1 灯影工序追踪系统及其全部组成部分的知识产权归乙方所有。

5.2 乙方为甲方定制开发的功能模块、报表、接口程序及相关文档，其知识产权亦归乙方所有。甲方在本合同许可范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，也不得许可他人使用。

5.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户提供。

5.4 甲方不得将系统用于许可范围以外的其他工坊或关联公司。

## 第六条 维护服务

6.1 系统上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信及远程方式为甲方解答使用问题、修复软件缺陷。

6.2 乙方将尽商业上合理的努力，及时处理甲方反馈的问题，但不保证软件不出现任何错误或中断。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

6.4 维护服务不包括因甲方操作不当、硬件故障、网络原因或第三方软件造成的问题，乙方处理该类问题的，按人天另行收费。

6.5 乙方有权对软件进行版本升级，免费维护期内的升级免费提供；定制功能因升级需要调整的，乙方另行收费。乙方不对甲方自行安装的第三方软件与本系统的兼容性负责。

6.6 乙方提供服务的时间为工作日9:00至17:30，非工作时间的服务请求顺延至下一工作日处理。

## 第七条 数据

7.1 甲方在使用系统过程中录入的订单、工序、计件及员工信息，由甲方负责其合法性。

7.2 乙方对其可以访问的甲方数据采取加密存储、访问控制和操作日志等安全措施，远程维护须经甲方同意后进行。发生数据泄露的，乙方应在发现后24小时内通知甲方，采取补救措施，并对因其过错导致的数据泄露承担相应责任。

7.3 甲方同意，乙方可将系统运行中产生的甲方业务数据进行脱敏处理后，用于产品改进、行业工艺分析及乙方其他产品的开发。

7.4 合同终止后，甲方可在30日内自行导出数据，逾期后乙方无保存义务。

## 第八条 保密

8.1 双方对在合作中获知的对方商业秘密、技术信息及经营信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

8.2 保密义务自本合同签订之日起至合同终止后三年内有效。

8.3 乙方有权在其宣传材料和客户名单中使用甲方名称及项目案例。

## 第九条 责任

9.1 因乙方原因导致交付延误的，甲方可要求乙方继续履行，乙方应尽快完成交付。

9.2 乙方不对甲方的间接损失、利润损失、商誉损失及数据丢失承担责任。

9.3 因软件缺陷导致系统无法使用的，乙方的责任限于在合理期限内修复该缺陷。

9.4 甲方擅自修改软件或将软件提供给第三方使用的，应向乙方支付相当于软件许可费两倍的违约金。

## 第十条 合同的解除

10.1 任何一方严重违反本合同，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

10.2 合同解除的，甲方已支付的款项中对应已完成工作的部分不予退还。

## 第十一条 不可抗力

11.1 因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。网店平台规则调整、接口关闭等情形，乙方亦不承担责任。

## 第十二条 争议解决

12.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同附件包括需求说明书及项目计划，与本合同具有同等效力。本合同未尽事宜，双方协商解决；本文本中的条款已经乙方提示说明，甲方确认已充分理解。

## 第十四条 通知

14.1 双方的联系人及联系方式以本合同首页载明的为准，任何一方变更联系方式的，应在3日内书面通知对方。以电子邮件发送的通知，发出即视为送达。

甲方（盖章）：扬州明灯手工灯笼工坊有限公司

乙方（盖章）：苏州灯影数字科技有限公司

签订日期：2027年  月  日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. GQS-CN-2027-04
P:This Agreement is made between Ningbo Haiyan Precision Moulding Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo (the "Buyer"), and Glenarm Quality Software Ltd, a company registered in Northern Ireland with its office at Harbour Road, Glenarm, County Antrim (the "Supplier").
P:The Buyer wishes to replace its paper-based quality records with a quality management and document control system for its three moulding plants, and the Supplier has offered its QualiTrack software together with configuration, interface, migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrack quality management suite in the version current on the Effective Date, comprising the modules listed in Article 2.1, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, inspection templates, report layouts, interface programs and migration scripts prepared by the Supplier specifically for the Buyer, with their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written confirmation issued under Article 5.4.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
P:1.5 "Buyer Data" means all data entered into, processed by or generated in the Software in the course of the Buyer's business, including inspection results, supplier records, employee records and customer complaint files.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 250 named users at the Buyer's plants in Ningbo, Cixi and Yuyao. The licensed modules are Document Control, Incoming Inspection, Statistical Process Control, Non-Conformance and CAPA, Supplier Quality, Calibration Management and Audit Management.
P:2.2 The Supplier shall configure the Software to the Buyer's approved requirements specification, build interfaces to the Buyer's ERP system and its laboratory instruments, migrate the Buyer's existing quality records, and train the Buyer's key users and administrators.
P:2.3 The Software shall be installed on servers in the Buyer's own data room in Ningbo. The Supplier's personnel shall carry out remote work only through the access channel provided by the Buyer.
P:2.4 The Supplier shall appoint a project manager with experience of at least two comparable projects, who shall not be replaced without the Buyer's written approval.
P:2.5 Training shall consist of a three-day course for up to 16 key users and a two-day administrator course, held at the Buyer's Ningbo plant, with training materials in Chinese and English.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,660,000, inclusive of all taxes, and is fixed for the full scope of this Agreement.
P:3.2 The Contract Price comprises: Software licence fee CNY 1,180,000; configuration and interfaces CNY 342,000; data migration CNY 90,000; training CNY 48,000.
P:3.3 The Contract Price includes installation, travel, documentation and all services during the Warranty Period. No other charges are payable unless agreed in a signed change order.
P:3.4 Any change to the scope shall be priced at the day rates in Annex 2 and shall not take effect until signed by both parties.
H:Article 4 Payment
P:4.1 The Buyer shall pay the Contract Price in three instalments against valid VAT invoices issued by the Supplier's authorised reseller in China:
P:(a) 20% (CNY 332,000) within 15 days after signature, as an advance payment;
P:(b) 45% (CNY 747,000) within 15 days after completion of installation and the system test described in Article 5.2;
P:(c) 35% (CNY 581,000) within 15 days after Final Acceptance.
P:4.2 Payment of any instalment is not acceptance of the Software or of any Custom Deliverable.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation, configuration, interfaces and migration within 100 days after signature, and shall make the system ready for Final Acceptance within 160 days after signature.
P:5.2 The system test shall verify that: (a) every function in the approved requirements specification works as described; (b) the ERP interface transfers purchase orders, goods receipts and inspection results without loss or duplication over ten consecutive working days; (c) migrated records match the source records in a complete count and a sample check of 500 records agreed by the parties; and (d) standard screens open within three seconds with 80 concurrent users.
P:5.3 After a successful system test, the system shall run in live production for 45 days. Final Acceptance requires that no Severity 1 fault occurred during that period, that all Severity 2 faults have been corrected, and that the Supplier has delivered all Custom Deliverables and documentation.
P:5.4 The Buyer shall issue Final Acceptance, or a written list of defects, within ten working days after the Supplier's notice that the criteria are met. Installation, go-live or use of the system in production does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is 24 months from Final Acceptance. During the Warranty Period the Supplier shall correct defects, provide all updates and new releases free of charge, and give remote and on-site support.
P:6.2 Faults are classified as Severity 1 (the system or a plant's inspection process is unavailable), Severity 2 (a major function is impaired) and Severity 3 (other faults and questions). The Supplier shall respond to a Severity 1 fault within one hour and restore service or provide a workaround within eight hours; Severity 2 faults shall receive a response within two hours.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 1,500 from any amount due or claim it as a service credit.
P:6.4 After the Warranty Period the Buyer may buy annual support at 11% of the Software licence fee, that is CNY 129,800 per year. This fee shall not be increased for the first three support years. Support covers the same service levels as Article 6.2.
P:6.5 The Supplier shall keep a fault log for the Buyer and send a monthly summary of faults, response times, restoration times and credits during the Warranty Period and any support year.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Supplier shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely.
P:7.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Supplier shall comply with the Buyer's information security rules and applicable PRC data protection law, use only named personnel approved by the Buyer, and access the system only through the Buyer's audited remote access channel. No Buyer Data shall be transferred outside the Buyer's premises without the Buyer's prior written approval.
P:8.3 The Supplier shall notify the Buyer within two hours of becoming aware of any actual or suspected security breach affecting Buyer Data, shall take all necessary remedial steps, and shall be liable for all losses caused by a breach attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including product drawings, process parameters, customer names and prices, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Supplier fails to meet a date in Article 5.1 for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability under Articles 7.3 and 8.3, to personal injury, or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On termination before Final Acceptance the Supplier shall refund all amounts paid for work that has not been accepted, and the Buyer may keep and use all Custom Deliverables delivered so far.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Northern Ireland.
P:13.2 The courts of Northern Ireland sitting in Belfast shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with its Annex 1 (requirements specification) and Annex 2 (project plan), is the entire agreement of the parties. It may be amended only in writing signed by both parties. It is made in English and Chinese; both versions have equal effect.
P:14.2 Neither party shall be liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
P:Date: ____________________
"""

E02 = """# Order Form and General Terms — Carnlough Learning Cloud

**Order Form No. CLC-OF-2027-118**

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Supplier and the Customer named below for a subscription to the Carnlough Learning Cloud service. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Parties

- **Supplier:** Carnlough Learning Cloud Ltd, a company registered in Northern Ireland, of 14 Harbour Lane, Carnlough, County Antrim, acting in China through its appointed local partner for invoicing.
- **Customer:** Suzhou Kangyuan Pharmaceutical Distribution Co., Ltd., of Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

### A2. Subscription and Term

- **Service:** Carnlough Learning Cloud, Enterprise Edition, including course authoring, compliance training tracks, assessments, certificates, mobile app, reporting and the WeCom single sign-on connector.
- **Authorised Users:** up to 600 named employees of the Customer and its branches.
- **Subscription Term:** 24 months from the Subscription Start Date, divided into two Subscription Years. The Subscription Start Date is the date of Go-Live Acceptance under A5.
- **Hosting:** the Service for the Customer is hosted in the Shanghai region of Alibaba Cloud, which the Customer approves as the Supplier's hosting provider.
- **Renewal:** this Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 600 users × CNY 420 | 252,000 |
| Subscription Fee, Subscription Year 2 | 600 users × CNY 420 | 252,000 |
| Onboarding and configuration (one-off) | fixed | 46,000 |
| Migration of existing courses and records (one-off) | fixed | 18,000 |
| **Total Fees for the Subscription Term** | | **568,000** |

All amounts include VAT. The Subscription Fee per user is fixed for the whole Subscription Term. Additional users may be added at the same rate, pro rata for the remainder of the Subscription Year.

### A4. Invoicing and Payment

1. The onboarding and migration fees (CNY 64,000) are invoiced after Go-Live Acceptance and are payable within 30 days of invoice.
2. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.
3. No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

1. The Supplier shall complete onboarding by the Target Go-Live Date, which is 50 days after signature of this Order Form. Onboarding covers tenant set-up, branding, organisation structure import, WeCom single sign-on, configuration of the GSP compliance training tracks and migration of about 140 existing courses and 9,000 training records.
2. Go-Live Acceptance requires that: (a) all 600 users can log in through WeCom single sign-on; (b) all migrated courses open and play correctly on desktop and mobile; (c) migrated training records match the Customer's export in a full count and a sample check of 300 records; (d) the three GSP training tracks assign, remind, assess and issue certificates as set out in the Customer's configuration workbook; and (e) pages load within three seconds for 100 concurrent users in a test run by the Customer.
3. The Customer shall confirm Go-Live Acceptance, or list the failed criteria, within ten working days after the Supplier's notice of readiness. Use of the Service for training before that confirmation is not acceptance.

### A6. Service Levels

1. **Availability:** the Service shall be available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 23:00 and 06:00 China Standard Time.
2. **Support priorities and response times:**

| Priority | Description | Response time |
|---|---|---|
| Priority 1 | Service unavailable or no user can complete mandatory training | within 8 business hours |
| Priority 2 | A major function impaired for many users | within 2 business days |
| Priority 3 | Minor issue or question | within 5 business days |

3. **Service credits:** if monthly availability falls below the commitment in A6.1, the Customer receives a credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point (or part) below the commitment, up to 50% of that monthly amount. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.
4. **Reports:** the Supplier shall send a monthly service report showing availability, incidents and credits.

Signed for the Supplier: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, content and records uploaded to or created in the Service by or for the Customer, including user profiles, course content created by the Customer, training records, assessment results and certificates.

1.2 "Customer Materials" means the configurations, course templates, translated content and migrated courses prepared by the Supplier for the Customer under the Order Form.

1.3 "Service" means the Supplier's hosted learning platform described in the Order Form, with its documentation.

### 2. Use of the Service

2.1 The Supplier grants the Customer a non-exclusive, non-transferable right for its Authorised Users to use the Service during the Subscription Term for the Customer's internal training purposes.

2.2 The Customer shall not resell the Service, attempt to reverse engineer it, or allow persons other than Authorised Users to access it. User credentials may not be shared, but an Authorised User's seat may be transferred to a new employee.

2.3 The Supplier may update the Service from time to time, provided no update materially reduces the functions described in the Order Form.

### 3. Customer Data

3.1 As between the parties, the Customer owns all Customer Data.

3.2 The Supplier shall use Customer Data only to provide the Service to the Customer under this Agreement and shall not use it for any other purpose.

3.3 On expiry or termination the Supplier shall, at the Customer's option, return Customer Data in a standard export format within 30 days and then delete it from the Service.

### 4. Confidentiality

4.1 Each party shall keep confidential the other party's non-public business, technical and financial information received under this Agreement, shall use it only for the purposes of this Agreement, and shall disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

4.2 This Section does not apply to information that is public, already known to the recipient, or independently developed, and it survives for three years after termination.

### 5. Intellectual Property

5.1 The Supplier and its licensors retain all rights in the Service and its underlying software.

5.2 All rights in the Customer Materials belong to the Customer. The Customer may use, modify and license the Customer Materials freely, also after the Subscription Term and on any other platform.

### 6. Warranties

6.1 The Supplier warrants that the Service will perform materially in accordance with its documentation and the Order Form, and that onboarding services will be performed with reasonable skill and care.

6.2 The Supplier warrants that the Service and the Customer Materials do not infringe any third party's intellectual property rights, and shall defend the Customer against any such claim.

### 7. Delay and Liability

7.1 If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay the Customer delay damages of 0.08% of the Total Fees for each day of delay, up to 10% of the Total Fees.

7.2 The total aggregate liability of each party under this Agreement is limited to 150% of the Total Fees. This limit does not apply to the Customer's payment obligations, to infringement claims under Section 6.2, or to fraud or wilful misconduct.

7.3 Neither party is liable for indirect or consequential loss.

### 8. Subcontracting

8.1 Except for the hosting provider approved in the Order Form, the Supplier shall not subcontract any part of the Service or the onboarding work without the Customer's prior written consent. The Supplier is responsible for the acts of its approved subcontractors.

### 9. Term and Termination

9.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not remedied within 30 days after written notice of it.

9.3 If the Customer terminates under Section 9.2, the Supplier shall refund the prepaid Subscription Fee for the remainder of the Subscription Year in which termination takes effect.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

### 11. General

11.1 Notices shall be in writing and sent to the addresses in the Order Form. Neither party may assign this Agreement without the other party's written consent. This Agreement is the entire agreement on its subject and may be varied only in writing signed by both parties.
"""

E03 = """T:Supply Contract for Cold-Chain Temperature Monitoring Devices and Software Licence
P:Contract No. TJBH-PUR-2027-031
P:Buyer: Tianjin Binhai Frostline Cold-Chain Logistics Co., Ltd., No. 8 Haitong Road, Binhai New Area, Tianjin, People's Republic of China.
P:Supplier: Lisnaskea Sensing Technologies Ltd, Main Street, Lisnaskea, County Fermanagh, Northern Ireland.
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates six cold stores and a fleet of refrigerated vehicles in Tianjin and needs continuous temperature and humidity monitoring that meets GSP requirements for pharmaceutical and food storage. The Supplier has offered wireless sensors, gateways and its FrostWatch monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the FrostWatch monitoring software, server edition, with its mobile app, alarm module and GSP report module, licensed under clause 2.3.
P:1.3 "Custom Work" means the report templates, alarm rules, dashboards and the interface to the Buyer's warehouse management system developed by the Supplier for the Buyer under this Contract, including source code and documentation.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.4.
P:1.5 "Contract Price" means the total price in clause 3.1.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission 420 wireless temperature sensors and 36 gateways in the Buyer's six cold stores and 48 refrigerated vehicles, in the locations shown in the site survey signed by both parties.
P:2.2 The Supplier shall install the Software on the Buyer's servers, configure alarm rules for each storage zone, build the interface to the Buyer's warehouse management system, and train the Buyer's operators and administrators.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for all the Buyer's sites in China, without limit on the number of sensors connected by the Buyer.
P:2.4 All sensors shall be new, shall carry a calibration certificate traceable to a national metrology standard, and shall have an accuracy of ±0.3°C or better across the range from -40°C to +25°C.
P:2.5 The Supplier shall supply 20 spare sensors and two spare gateways, to be kept at the Buyer's main cold store, and shall replace any spares used during the Warranty Period.
H:3. Price
P:3.1 The Contract Price is CNY 1,150,000, inclusive of VAT, delivery to the Buyer's sites, import duties, installation and all services during the Warranty Period. It is fixed and shall not be adjusted.
P:3.2 Price Schedule:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor with calibration certificate|420|1,150|483,000
TB:2|Gateway (4G and Ethernet, battery backup)|36|6,400|230,400
TB:3|FrostWatch software licence, server edition, perpetual|1|296,000|296,000
TB:|Equipment and licence subtotal|||1,009,400
TB:4|Installation, calibration, commissioning and WMS interface|1 lot|118,600|118,600
TB:5|Training of operators and administrators|1 lot|22,000|22,000
TB:|Contract Price|||1,150,000
H:4. Payment
P:4.1 10% of the Contract Price (CNY 115,000) is payable within 20 days after signature, against the Supplier's invoice and a bank guarantee of the same amount issued by a bank in China.
P:4.2 55% of the Contract Price (CNY 632,500) is payable within 20 days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantity and installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 402,500) is payable within 20 days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment within 45 days after signature and complete installation, calibration and commissioning within 75 days after signature.
P:5.2 The Supplier is responsible for export licences, shipping and customs clearance. Risk in the Equipment passes to the Buyer when the Buyer signs the installation record.
P:5.3 The Supplier shall coordinate installation with the Buyer's operations team so that no cold store door stays open longer than usual and no vehicle is taken out of service during a scheduled delivery run.
H:6. Testing and Acceptance
P:6.1 After commissioning the Supplier shall carry out a site acceptance test witnessed by the Buyer. The test shall show that: (a) every sensor reports to the Software at the configured interval with no more than two missed readings per sensor per day; (b) a comparison with a reference thermometer at three points in each cold store shows a deviation within the stated accuracy; (c) alarms reach the duty officer by app, SMS and telephone call within 60 seconds of a limit being exceeded; and (d) the interface updates storage-zone status in the warehouse management system within two minutes.
P:6.2 After a successful site acceptance test the system shall run for 30 days. During this period the Software shall produce the daily and monthly GSP temperature reports correctly, and no critical fault shall remain unresolved.
P:6.3 The Buyer shall review the results and issue Final Acceptance, or a written list of defects, within ten working days. The Supplier shall correct listed defects and repeat the relevant tests at its cost.
P:6.4 Final Acceptance is given only by a certificate signed by the Buyer. Installation, operation of the system or payment does not amount to acceptance.
P:6.5 If the system fails Final Acceptance twice for reasons attributable to the Supplier, the Buyer may reject it, return the Equipment at the Supplier's cost and recover all sums paid.
H:7. Warranty and Support
P:7.1 The Warranty Period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace any defective Equipment, recalibrate sensors once a year, and supply all Software updates, free of charge.
P:7.2 The Supplier shall respond to a critical fault (the Software unavailable, or a gateway offline so that a storage zone or vehicle is unmonitored) within 30 minutes and restore monitoring within six hours, if necessary with spare gateways held in Tianjin. Other faults shall receive a response within two hours and be fixed within two working days.
P:7.3 For each hour of delay beyond the times in clause 7.2, the Supplier shall pay a service credit of CNY 800, deducted from any sum due or from the bank guarantee.
P:7.4 After the Warranty Period the Buyer may order support at an annual fee of 7.5% of the equipment and licence subtotal, that is CNY 75,705 per year, fixed for the first two support years. Support includes the same response and restoration times and service credits.
P:7.5 The Supplier shall send a quarterly report on faults, response and restoration times, credits and sensor battery status, and shall replace sensor batteries before they fall below the level recommended by the manufacturer.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier.
P:8.2 The Custom Work belongs to the Buyer. The Supplier shall deliver its source code at Final Acceptance. The Buyer may use, modify and license the Custom Work freely.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the Equipment, the Software or the Custom Work infringes intellectual property rights.
H:9. Data Security
P:9.1 All monitoring data, alarm records, reports and logs belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 Gateways shall send data only to the Buyer's servers. The Supplier shall not build in any connection to its own or any third party's servers. Remote support shall take place only through the Buyer's VPN with the Buyer's approval for each session.
P:9.3 The Supplier shall report any security incident affecting the system or the data within two hours, help the Buyer contain it, and bear all losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, stored goods and systems obtained under this Contract, and shall not disclose it to any third party without the Buyer's written consent. This clause survives termination for five years.
P:10.2 The Supplier shall ensure that its staff and any approved subcontractor are bound by the same obligations.
H:11. Delay Damages and Liability
P:11.1 If the Supplier misses a date in clause 5.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and liability under clauses 8.3 and 9.3, which are unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach that is not remedied within 15 days after the Buyer's notice, or if delay damages reach their maximum. The Supplier shall then refund all sums paid for Equipment and services not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:15. General
P:15.1 This Contract is signed in English and Chinese, both equally authentic. Annexes: Annex 1 site survey, Annex 2 technical specification, Annex 3 acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. IMS-GZ-2027-009**

**Between:** Guangzhou Huamu Furniture Manufacturing Co., Ltd., of Panyu District, Guangzhou, People's Republic of China (the "Customer"),

**and:** Irvinestown Managed IT Services Ltd, a company registered in Northern Ireland, of Church Street, Irvinestown, County Fermanagh, which performs the Services through its own staff based in Guangzhou (the "Supplier").

**Background.** The Customer has four factories and a head office in Guangdong with about 1,900 computer users. It wishes to outsource its service desk, desktop support, server and network monitoring and IT asset management to the Supplier for a fixed term of 36 months. The Supplier was selected after a competitive tender.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" have the meanings given in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Supplier accesses, stores or processes in performing the Services, including user account details, device inventories, tickets and logs.

1.5 "Service Commencement Date" means the date on which the Supplier takes over full operation of the Services after Transition Acceptance. The target Service Commencement Date is 1 June 2027.

1.6 "Term" means 36 months from the Service Commencement Date.

## 2. Transition

2.1 Before the Service Commencement Date the Supplier shall carry out transition: take over knowledge from the Customer's current provider, set up the service desk tooling, load the asset inventory, document all standard procedures and train its staff on the Customer's systems.

2.2 Transition Acceptance requires that: (a) the service desk answers test calls and chat requests in Mandarin and Cantonese during a five-day parallel run; (b) at least 95 runbooks covering all recurring tasks listed in Schedule 1 have been written and approved by the Customer; (c) the asset register matches a physical count of a sample of 400 devices chosen by the Customer; and (d) monitoring covers every server, switch and firewall listed in the Customer's inventory and a test alert reaches the Supplier's operations centre within two minutes.

2.3 The Customer shall confirm Transition Acceptance, or list the failed criteria, within five working days after the Supplier's notice of readiness. Starting to use the service desk during the parallel run is not acceptance.

2.4 If the Service Commencement Date is delayed beyond the target date for reasons attributable to the Supplier, the Supplier shall pay delay damages of CNY 3,600 for each day of delay, up to a total of CNY 180,000.

## 3. Services and Service Levels

3.1 From the Service Commencement Date the Supplier shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

3.2 If the Supplier fails a Service Level, it shall give the Customer the Service Credit in Schedule 2, investigate the cause and, for repeated failures, deliver a remedial plan within ten working days. Service Credits are deducted from the next monthly invoice.

3.3 The Supplier shall provide a monthly service report and attend a monthly service review meeting with the Customer's IT manager.

3.4 The Supplier shall keep a team of suitably qualified staff of at least the size set out in Schedule 1, including on-site engineers at each factory during working hours.

## 4. Charges and Payment

4.1 The Customer shall pay the Charges set out in Schedule 3. The total Charges for the Term are CNY 3,600,000, including the Transition Charge.

4.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Each invoice is payable within 30 days after receipt of a valid VAT invoice.

4.3 The Charges are fixed for the Term. Additional services outside Schedule 1 are charged only if ordered in writing by the Customer at the day rates in Schedule 3.

## 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to perform the Services and shall not copy, sell, analyse or use it for any other purpose.

5.2 The Supplier shall comply with the Customer's information security policies and with PRC cybersecurity, data security and personal information protection laws. It shall use privileged access only through the Customer's access management tool, enable multi-factor authentication for all its staff, and keep access logs for at least six months.

5.3 The Supplier shall notify the Customer within one hour of discovering any security incident affecting Customer Data or the Customer's systems, shall contain and remedy the incident, and shall bear all costs and losses arising from an incident caused by the Supplier or its staff.

5.4 At the end of the Term the Supplier shall return all Customer Data and delete its copies, and shall certify the deletion in writing.

## 6. Intellectual Property

6.1 Runbooks, knowledge base articles, scripts, reports and other materials created by the Supplier for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely.

6.2 The Supplier's own tools and methods remain its property. Where they are needed to use the materials in clause 6.1, the Supplier grants the Customer a free, perpetual licence to use them.

## 7. Personnel and Subcontracting

7.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains responsible for all acts of its subcontractors.

7.2 The Supplier shall replace any member of its staff whom the Customer reasonably objects to.

## 8. Liability

8.1 The total liability of the Supplier under this Agreement is limited to 150% of the total Charges for the Term.

8.2 The limit in clause 8.1 does not apply to liability under clause 5.3, to personal injury or death, or to wilful misconduct.

## 9. Term and End of Agreement

9.1 This Agreement starts on signature and continues until the end of the Term. It may be extended only by a written agreement signed by both parties before expiry.

9.2 The Supplier may terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within 60 days after a written reminder.

9.3 Otherwise this Agreement may be ended early only by written agreement of both parties. The Customer's remedies for failures in the Services are the Service Credits, the remedial plan procedure in clause 3.2 and a claim for damages within the limit in clause 8.1.

9.4 On expiry the Supplier shall provide exit assistance for up to 60 days, transfer all runbooks and records, and cooperate with the Customer's new provider, at the day rates in Schedule 3.

## 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 11. General

11.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly. Notices must be in writing. This Agreement, with its Schedules, is the entire agreement of the parties and may be amended only in writing signed by both parties.

Signed for the Customer: ____________________

Signed for the Supplier: ____________________

## Schedule 1 — Services

| Service | Scope | Staffing and hours |
|---|---|---|
| Service desk | Single point of contact for all IT incidents and requests by telephone, chat and portal, in Mandarin, Cantonese and English | 8 agents; 07:30–22:00 on working days, on-call at other times |
| Desktop support | Installation, moves, repairs and replacement of PCs, laptops, printers and factory terminals at the four factories and head office | 6 on-site engineers during working hours |
| Server and network monitoring | 24×7 monitoring of 86 servers, 140 switches, 9 firewalls and the Customer's SD-WAN links; first-line fault handling and escalation to vendors | Operations centre, 24×7 |
| Patch management | Monthly security patching of servers and PCs after testing, with emergency patching for critical vulnerabilities | Within the monitoring team |
| IT asset management | Asset register, lifecycle records, software licence counts and a physical audit of all assets each half-year | 1 asset analyst |

## Schedule 2 — Service Levels and Service Credits

| Service Level | Target | Service Credit if missed in a month |
|---|---|---|
| Priority 1 incident (a factory production line, the ERP system or the whole network down): response | within 15 minutes | CNY 2,000 per incident |
| Priority 1 incident: restoration or workaround | within 3 hours | CNY 3,000 per incident, plus CNY 1,000 per further hour |
| Priority 2 incident (a department or key application impaired): response | within 1 hour | CNY 500 per incident |
| Service desk calls answered within 30 seconds | 90% of calls | 2% of the Monthly Service Charge |
| Requests fulfilled within 2 working days | 92% of requests | 2% of the Monthly Service Charge |

Service Credits in a month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition Charge (one-off) | 126,000 | after Transition Acceptance |
| Monthly Service Charge | 96,500 per month | monthly in arrears |
| Monthly Service Charge for the Term (36 months) | 3,474,000 | — |
| Total Charges for the Term | 3,600,000 | — |
| Day rate for additional work: engineer / senior engineer | 1,600 / 2,400 per day | on written order only |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. FMD-QD-2027-22

PARTIES

1.1 Fivemiletown Maritime Data Ltd, a company registered in Northern Ireland, of Main Street, Fivemiletown, County Tyrone (the "Supplier").

1.2 Qingdao Haixing International Freight Forwarding Co., Ltd., of Shinan District, Qingdao, Shandong Province, People's Republic of China (the "Customer").

1.3 The Supplier compiles vessel position, port call and schedule reliability data from satellite and terrestrial AIS sources and port authorities, and makes it available through an application programming interface (the "API"). The Customer wishes to subscribe to the API for its shipment tracking platform and customer portal. The parties agree as follows.

DEFINITIONS

2.1 "Licensed Data" means the vessel positions, port calls, estimated and actual arrival times, berth events and schedule reliability statistics made available through the API.

2.2 "Customer Query Data" means all data the Customer sends to the API or stores in its account, including booking references, container numbers, vessel watchlists, customer names and shipment routes, and the query logs linked to them.

2.3 "Subscription Year" means each of the two consecutive subscription years in the Subscription Term; the first starts on the Start Date.

2.4 "Subscription Term" means 24 months from the Start Date.

2.5 "Start Date" means the date on which the Customer confirms Onboarding Acceptance under clause 5.3, expected to be 15 May 2027.

2.6 "Integration Deliverables" means the connector from the API to the Customer's shipment tracking platform, the data mapping, the alert rules and the three customer-portal dashboards built by the Supplier for the Customer.

SUBSCRIPTION

3.1 The Supplier grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, to use the Licensed Data in its own operations, and to display Licensed Data to its own customers through its customer portal, with an attribution notice.

3.2 The subscription includes up to 2,000,000 API calls per month across the Position, Port Call and Schedule endpoints, with historical data for the previous 36 months.

3.3 The Customer shall not resell the Licensed Data as a data product, or use it to build a competing database.

3.4 The Supplier shall give the Customer at least 60 days' notice of any change to an API endpoint or data field that may affect the Integration Deliverables, and shall keep the previous version available for at least 90 days after the change.

FEES AND PAYMENT

4.1 The Subscription Fee is CNY 318,000 for each Subscription Year, that is CNY 636,000 for the Subscription Term. The one-off Onboarding Fee for the Integration Deliverables is CNY 24,000. The total fees under this Agreement (the "Total Fees") are CNY 660,000, including VAT.

4.2 The Onboarding Fee is invoiced after Onboarding Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

4.3 API calls above the monthly allowance are charged at CNY 0.80 per 1,000 calls, invoiced quarterly in arrears. The Supplier shall warn the Customer by e-mail when usage reaches 80% of the monthly allowance.

4.4 The Subscription Fee is fixed for the Subscription Term.

4.5 The Customer may add further endpoints listed in the Supplier's catalogue during the Subscription Term by written order, at the prices shown in the catalogue on the date of this Agreement, pro rata for the remainder of the Subscription Year.

ONBOARDING

5.1 The Supplier shall provide production API credentials, build the Integration Deliverables and complete onboarding within 40 days after signature (the "Onboarding Date").

5.2 If the Supplier fails to meet the Onboarding Date for reasons attributable to it, it shall pay the Customer delay damages of CNY 132 for each day of delay until onboarding is complete.

5.3 Onboarding Acceptance requires that: (a) the connector retrieves positions and port calls for a test list of 300 vessels chosen by the Customer, with no more than 1% of calls failing over five consecutive days; (b) the positions of those vessels match a reference source agreed by the parties within the latency stated in clause 6.3; (c) the alert rules send arrival and delay alerts to the Customer's platform as specified in the onboarding plan; and (d) the three dashboards display correctly in the Customer's portal in Chinese and English. The Customer shall confirm acceptance, or list the failed criteria, within seven working days after the Supplier's notice of readiness.

SERVICE LEVELS

6.1 The API shall be available 99.95% of the time in each calendar month, measured by the Supplier's monitoring at its endpoints and excluding maintenance announced at least three days in advance.

6.2 Support is provided in English and Chinese. A Priority 1 incident (the API unavailable, or positions delayed by more than 30 minutes for more than 10% of vessels) shall receive a response within one hour, at any time. Priority 2 incidents shall receive a response within eight business hours.

6.3 Vessel positions shall be delivered with a median latency of no more than five minutes from receipt by the Supplier.

6.4 If availability in a month falls below the level in clause 6.1, the Customer shall receive a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point (or part) below the level, up to 50% of that amount. If the Supplier misses a Priority 1 response time, the Customer shall receive a credit of CNY 1,000 per incident. Credits are deducted from the next invoice.

6.5 The Supplier shall provide a monthly service report showing availability, latency, incidents, API usage and credits, and a named account manager shall hold a quarterly review with the Customer.

CUSTOMER QUERY DATA

7.1 The Customer retains its rights in the Customer Query Data.

7.2 The Supplier may use the Customer Query Data to provide the API to the Customer. The Supplier may also use Customer Query Data in aggregated and anonymised form, without naming the Customer or its customers, to improve its products, to compile trade-lane and port statistics, and in data products it supplies to other customers.

7.3 The Supplier shall not sell or disclose Customer Query Data in identifiable form to any third party.

DATA SECURITY

8.1 The Supplier shall protect the Customer Query Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging and regular penetration testing. Customer Query Data shall be stored on servers in mainland China.

8.2 The Supplier shall notify the Customer within 24 hours of becoming aware of any security breach affecting Customer Query Data, cooperate in investigating and remedying it, and be liable for losses caused by a breach attributable to the Supplier.

CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, the Customer's customer names and the Supplier's technical documentation, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

INTELLECTUAL PROPERTY

10.1 The Supplier and its licensors own the Licensed Data and the API.

10.2 The Integration Deliverables belong to the Customer, which may use, modify and license them freely. The Supplier shall deliver their source code at Onboarding Acceptance.

10.3 The Supplier shall defend the Customer against any claim that the Customer's use of the Licensed Data or the Integration Deliverables in accordance with this Agreement infringes a third party's rights.

10.4 The Customer may keep and use Licensed Data retrieved during the Subscription Term in its shipment records after the end of this Agreement, but not as a searchable database of vessel movements.

LIABILITY

11.1 The total liability of either party under this Agreement is limited to 150% of the Total Fees.

11.2 The limit does not apply to breach of clause 8, to the Customer's payment obligations, or to wilful misconduct. Neither party is liable for indirect loss or loss of profit.

SUBCONTRACTING

12.1 The Supplier shall not subcontract the provision of the API, the hosting of Customer Query Data or the onboarding work without the Customer's prior written consent. Data sources from which the Supplier obtains Licensed Data are not subcontractors.

TERM AND TERMINATION

13.1 This Agreement starts on signature and expires at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.3 If the Customer terminates under clause 13.2, the Supplier shall refund the unused part of the Subscription Fee paid for the current Subscription Year. On expiry or termination the Supplier shall return the Customer Query Data in a standard format on request and then delete it.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award shall be final.

GENERAL

15.1 Notices shall be given in writing to the addresses above. Neither party may assign this Agreement without the other's written consent. This Agreement is the entire agreement on its subject and may be varied only in writing signed by both parties. It is made in English and Chinese; both texts are equally authentic.

Signed for the Supplier: ____________________        Date: __________

Signed for the Customer: ____________________        Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Labels. T(...) keeps the key order of holdout19's labels.

def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": warr, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld_stated, capped, deemed, value):
    x = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return x


G, S = "goods_or_licence", "service"
DRAFTS = {
    "h1153z01": dict(
        file="h1153z01_labour_arbitration_platform_licence.pdf", src=Z01, lang="zh", category="software",
        terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False, True, False,
                "PRC", G),
        extra=X(True, True, True, False, 1628000), fee_base=860000, forum_outside=False,
        parts=[860000, 574000, 118000, 76000], pays=[325600, 732600, 569800],
        design=[]),
    "h1153z02": dict(
        file="h1153z02_braiding_machine_line_control_retrofit.docx", src=Z02, lang="zh", category="hardware",
        terms=T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 26, False, True, True,
                "PRC", G),
        extra=X(True, True, True, False, 1900000), fee_base=1752200, forum_outside=False,
        parts=[657000, 489600, 266400, 103200, 236000, 128000, 19800], pays=[380000, 665000, 855000],
        design=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h1153z03": dict(
        file="h1153z03_tailor_chain_booking_membership_saas.txt", src=Z03, lang="zh", category="cloud",
        terms=T(99.5, 0.5, True, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, True,
                True, False, "PRC", S),
        extra=X(True, True, None, False, 454400), fee_base=None, forum_outside=False,
        parts=[28 * 5400 * 2, 36000 * 2, 68000, 12000], pays=None,
        design=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h1153z04": dict(
        file="h1153z04_water_bureau_secondary_supply_monitoring_om.txt", src=Z04, lang="zh", category="services",
        terms=T(None, 0.5, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True,
                False, None, S),
        extra=X(True, True, None, False, 868000), fee_base=None, forum_outside=False,
        parts=[486000, 172000, 138000, 72000], pays=[217000] * 4,
        design=["CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
    "h1153z05": dict(
        file="h1153z05_lantern_workshop_process_tracking_supplier_template.md", src=Z05, lang="zh",
        category="software",
        terms=T(None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False, True,
                None, None, G),
        extra=X(False, False, False, True, 312000), fee_base=168000, forum_outside=False,
        parts=[168000, 126000, 18000], pays=[202800, 109200],
        design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h1153e01": dict(
        file="h1153e01_quality_management_licence_glenarm_vendor.pdf", src=E01, lang="en", category="software",
        terms=T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                "Northern Ireland", G),
        extra=X(True, True, True, False, 1660000), fee_base=1180000, forum_outside=True,
        parts=[1180000, 342000, 90000, 48000], pays=[332000, 747000, 581000],
        design=["CR-GOVERNING-LAW"]),
    "h1153e02": dict(
        file="h1153e02_learning_cloud_saas_order_form_carnlough_vendor.md", src=E02, lang="en", category="cloud",
        terms=T(99.95, 8, True, "buyer", False, True, True, 0.08, 150, None, True, None, None, None, False, True,
                False, "PRC", S),
        extra=X(True, True, None, False, 568000), fee_base=None, forum_outside=False,
        parts=[252000, 252000, 46000, 18000], pays=None,
        design=["CR-DATA-SECURITY", "CR-SLA-RESPONSE"]),
    "h1153e03": dict(
        file="h1153e03_cold_chain_sensors_monitoring_licence_lisnaskea_vendor.docx", src=E03, lang="en",
        category="hardware",
        terms=T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False, True, False,
                "PRC", G),
        extra=X(True, True, True, False, 1150000), fee_base=1009400, forum_outside=False,
        parts=[483000, 230400, 296000, 118600, 22000], pays=[115000, 632500, 402500],
        design=[]),
    "h1153e04": dict(
        file="h1153e04_managed_it_services_36_months_irvinestown_vendor.md", src=E04, lang="en", category="services",
        terms=T(None, 0.25, True, "buyer", True, True, False, 3600 / 3600000 * 100, 150, None, True, None, None,
                None, False, False, False, "PRC", S),
        extra=X(True, True, None, False, 3600000), fee_base=None, forum_outside=False,
        parts=[96500 * 36, 126000], pays=None,
        design=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h1153e05": dict(
        file="h1153e05_vessel_data_api_subscription_fivemiletown_vendor.txt", src=E05, lang="en", category="cloud",
        terms=T(99.95, 1, True, "buyer", True, False, True, 132 / 660000 * 100, 150, None, True, None, None, None,
                False, True, False, "PRC", S),
        extra=X(True, True, None, False, 660000), fee_base=None, forum_outside=False,
        parts=[318000 * 2, 24000], pays=None,
        design=["CR-DATA-OWNERSHIP", "CR-LD-LOW"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# policy thresholds (section 3), used only to check that no label value sits on one
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_LIMIT, HORIZON_YEARS = 40, 5


def tco_share(d):
    t, x = d["terms"], d["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") \
            or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON_YEARS - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def derive(d):
    """My reading of policy section 3, applied to a label."""
    t, x, r = d["terms"], d["extra"], set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
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
    if goods and share is not None and share > TCO_SHARE_LIMIT:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures in the text (self-tested below)

PCT = r"\s*(?:%|％|per\s?cent|percent)"
NUM = r"(?<![\d.,])"
BANNED = [re.compile(p, re.I) for p in [
    NUM + r"99\.90*(?!\d)",
    NUM + r"4\s*(?:小时|个小时|h(?![a-z])|hours?|hrs?\b|-hour)", r"四个?小时", r"four[\s-]hours?",
    NUM + r"0\.050*" + PCT, r"万分之五", r"千分之零点五",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,
    NUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![零一二三四五六七八九十])", r"one\s?hundred" + PCT,
    NUM + r"12\s*(?:个月|個月|months?|-month|个自然月)", r"十二个月", r"twelve[\s-]months?", r"一年", r"one[\s-]year",
    NUM + r"1\s*(?:年|year\b)",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen" + PCT,
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,
]]
MUST_HIT = ["99.9%", "99.90%", "可用率99.9", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%",
            "0.05 %", "万分之五", "30%", "30 %", "30 per cent", "百分之三十", "thirty per cent", "100%", "百分之百",
            "one hundred per cent", "12个月", "12 months", "12-month", "twelve months", "十二个月", "一年", "one year",
            "1 year", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty percent"]
MUST_MISS = ["99.95%", "99.5%", "99.98", "24小时", "24 hours", "14 hours", "1.4 hours", "0.08%", "0.055%", "万分之八",
             "130%", "230%", "1.30%", "150%", "200%", "24个月", "24 months", "18 months", "115%", "0.15%", "1.5%",
             "140%", "0.40%", "once a year", "十八个月", "三十六个月", "45%", "35%", "2027年", "Article 4 Payment"]


def banned_hits(text):
    return [m.group(0) for p in BANNED for m in p.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert banned_hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not banned_hits(s), "regex hits " + s + str(banned_hits(s))


# ---------------------------------------------------------------------------------------------------------------

def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    binary_sources, targets = {}, {}
    for key, d in DRAFTS.items():
        path = OUT / d["file"]
        assert path.stem.startswith(key + "_")
        if path.suffix in (".txt", ".md"):
            path.write_text(d["src"], encoding="utf-8")
            print("wrote", d["file"])
        else:
            binary_sources[key] = d["src"]
            targets[key] = (d["file"], path.suffix[1:])
    write(binary_sources, targets, OUT, wrap_words=True)

    fired, report = set(), []
    for key, d in DRAFTS.items():
        path = OUT / d["file"]
        text = read_back(path)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (d["file"], n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = banned_hits(variant)
            assert not hits, (d["file"], hits)
        t, x = d["terms"], d["extra"]
        for k, thr in THRESHOLDS.items():
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (d["file"], k)
        assert sum(d["parts"]) == x["contract_value"], (d["file"], "parts")
        if d["pays"]:
            assert sum(d["pays"]) == x["contract_value"], (d["file"], "payments")
        share = tco_share(d)
        if share is not None:
            assert abs(share - TCO_SHARE_LIMIT) > 2, (d["file"], share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        rules = derive(d)
        assert rules == sorted(d["design"]), (d["file"], rules, d["design"])
        fired.update(rules)
        label = {"file": d["file"], "language": d["lang"], "category": d["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        report.append("%-72s %5d %s  tco=%s  %s" % (d["file"], n, "chars" if d["lang"] == "zh" else "words",
                                                     None if share is None else round(share, 2),
                                                     ", ".join(r[3:] for r in rules) or "(none)"))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    print("\n".join(report))
    print("all 20 CR rules fire at least once; all checks passed")


if __name__ == "__main__":
    build()
