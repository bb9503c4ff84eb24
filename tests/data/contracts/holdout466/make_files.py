"""holdout466: ten blind, ordinary draft contracts and their labels (written before any run).

Builds the .txt/.md files as written, the .docx/.pdf through ../word_pdf.py, writes the .json labels, derives each
draft's expected rules from its labels (own reading of policy.md §3), checks them against the design list, asserts
full rule coverage, the length ranges and that no threshold figure appears anywhere (raw, collapsed, whitespace-free
source and the read-back files). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
H466Z01 = """T:江州市技能人才评价服务平台建设项目合同
P:合同编号：JZRS-ZC-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：江州市人力资源和社会保障局　地址：江州市滨河大道88号
P:乙方（供应商）：江州智评信息技术有限公司　地址：江州市高新区创业路16号
P:鉴于甲方通过公开招标确定乙方为“江州市技能人才评价服务平台建设项目”的中标供应商，依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，双方经协商一致，订立本合同。
H:第一条　项目内容
P:1.1 乙方向甲方提供技能人才评价服务平台软件许可（永久使用许可，不限用户数），并根据甲方需求完成定制开发，包括：评价机构备案管理、职业技能等级认定计划申报、考务编排与考评员派遣、成绩归集与证书核发、证书信息对外查询等模块，以及与省级人社一体化平台、电子证照库的数据接口。
P:1.2 乙方负责历史数据迁移（约42万条证书记录及9,600条考评员信息）、系统部署、联调测试及甲方管理员与经办人员培训。
P:1.3 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格，未经甲方书面同意不得更换。
P:1.4 培训不少于3期，每期2天，覆盖市、县两级经办人员不少于120人次，培训教材归甲方所有。
H:第二条　合同价款
P:2.1 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），含税，明细如下：平台软件许可费¥680,000；定制开发费¥720,000；历史数据迁移费¥96,000；部署实施及培训费¥64,000。
P:2.2 上述价款为固定总价，包含乙方完成本合同全部工作所需的一切费用，甲方不再另行支付任何费用。
P:2.3 合同履行期间，因国家或省级政策调整需增加的少量功能（累计不超过20人天），乙方免费完成。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%（¥312,000）作为预付款。
P:3.2 系统通过初步验收后10个工作日内，甲方支付合同总价的45%（¥702,000）。
P:3.3 系统通过最终验收后10个工作日内，甲方支付合同总价的35%（¥546,000）。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方逾期付款的，每日按逾期金额的万分之二向乙方支付违约金。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后10个工作日内无息退还。
H:第四条　交付期限
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，于合同签订后150日内完成试运行并提交最终验收申请。
P:4.2 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。逾期超过60日的，甲方有权解除合同。
H:第五条　验收
P:5.1 初步验收标准：功能逐项符合招标文件技术需求清单；与省级平台、电子证照库接口连续5个工作日交换数据无差错；在500个并发用户下，常用页面响应时间不超过3秒；迁移数据经全量比对一致。
P:5.2 最终验收标准：系统连续试运行60日，期间未发生一级故障；通过甲方委托的第三方网络安全等级保护测评；乙方已交付全部源代码、数据库设计文档、运维手册。
P:5.3 验收由甲方组织，验收合格后双方签署验收报告。系统上线运行或甲方付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内整改并重新申请验收；再次验收不合格的，甲方有权解除合同。
H:第六条　质量保证
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.3 质保期内乙方每季度进行一次系统巡检，并提交巡检报告及安全加固建议。
P:6.2 质保期满后，甲方如需继续采购运维服务，年服务费不超过平台软件许可费的8%（即每年不超过¥54,400），该价格在质保期满后三个服务年度内保持不变。
H:第七条　服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，维护须提前3个工作日经甲方同意）。
P:7.2 一级故障（平台无法访问或证书核发中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未达到上述服务水平的，每次响应超时扣减服务费¥1,000，月度可用率每低于约定值0.01个百分点扣减¥2,000，从应付款或履约保证金中扣除。
P:7.4 乙方每月5日前提交上月运行报告，内容包括可用率、故障清单、处理时长及改进措施。
H:第八条　知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
H:第九条　数据安全
P:9.1 平台内的考生个人信息、证书数据及业务数据均属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计，运维访问须经堡垒机并经甲方审批，不得将数据复制出甲方环境。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及由此产生的行政处罚。
P:9.4 合同终止时，乙方应在10日内向甲方移交全部数据，并彻底删除其保有的副本，出具删除确认书。
H:第十条　保密
P:10.1 乙方对履约中知悉的甲方工作秘密、网络结构及其他非公开信息负有保密义务，保密期限自合同签订起至合同终止后三年。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案。
H:第十一条　分包
P:11.1 乙方不得将本项目转包或分包给任何第三方。
H:第十二条　违约与解除
P:12.1 乙方严重违约（包括交付物不符合要求且经书面催告15日内仍未纠正），甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因甲方原因导致的延误，交付期限相应顺延。
P:12.3 本合同履行期满即终止，不自动续期。
H:第十四条　不可抗力
P:14.1 因不可抗力不能履行合同的，受影响方应在3日内书面通知对方，并在15日内提供证明；根据不可抗力的影响，部分或全部免除责任。不可抗力持续超过60日的，任何一方可书面通知解除合同。
H:第十三条　法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:13.2 争议处理期间，双方应继续履行本合同不涉及争议的部分。
H:第十五条　其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市人力资源和社会保障局　　乙方（盖章）：江州智评信息技术有限公司
P:授权代表：＿＿＿＿＿＿　　授权代表：＿＿＿＿＿＿　　签订日期：2026年3月18日
"""

H466Z02 = """T:焊装线控制系统改造及维保合同
P:合同编号：HQ-SB-2026-0412
P:甲方（买方）：柳州恒骐汽车零部件有限公司　地址：柳州市阳和工业新区阳惠路21号
P:乙方（卖方）：广西联擎自动化工程有限公司　地址：南宁市西乡塘区科园大道31号
P:甲方二号焊装车间（前后副车架焊装线，共16个工位、8台焊接机器人）现有控制系统老化，故障停线频繁。经比选，甲方委托乙方实施控制系统改造。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、改造范围
P:（一）更换原有PLC为安全PLC及远程IO，新增工位HMI、工业以太网交换机及视觉定位系统，实现夹具到位检测、机器人联锁及安全光栅联动。
P:（二）部署焊接质量监控软件，采集电流、电压、焊接时间等参数，实现超差报警、焊点追溯，并与甲方MES系统对接上传质量数据。
P:（三）乙方负责PLC及HMI程序编写、机器人通讯调试、停线切换、安装布线、资料交付及操作维护人员培训。
P:（四）乙方派驻现场的项目经理及调试工程师不少于4人，须持有电工作业证，服从甲方现场管理。
H:二、合同价款
P:（一）合同总价为人民币壹佰叁拾玖万捌仟捌佰元整（¥1,398,800），含13%增值税、运输、保险、安装及调试费用。价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|安全PLC及远程IO模块|8套|46,500|372,000
TB:2|工位HMI触摸屏|16台|8,200|131,200
TB:3|工业以太网交换机|12台|9,800|117,600
TB:4|视觉定位系统|4套|52,000|208,000
TB:5|焊接质量监控软件许可（永久）|1套|268,000|268,000
TB:|软硬件小计|||1,096,800
TB:6|PLC程序开发与联调|1项|186,000|186,000
TB:7|停线切换与安装|1项|98,000|98,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,398,800
P:（二）除双方书面确认的变更外，合同总价不作调整。
P:（三）甲方提供施工用电、压缩空气及临时存放场地，乙方自行负责施工工具及辅材。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%（¥139,880）作为预付款。
P:（二）全部设备到货并安装完毕、焊装线恢复生产后，甲方支付合同总价的55%（¥769,340）。到货签收和恢复生产不代表质量验收。
P:（三）最终验收合格后15个工作日内，甲方支付合同总价的35%（¥489,580）。
P:（四）乙方应在每次付款前开具等额增值税专用发票。
H:四、交货与工期
P:（一）设备应于合同生效后45日内运抵甲方工厂。
P:（二）停线切换安排在甲方春节检修期内，停线时间不超过10日。乙方应提前编制切换方案及回退方案，经甲方书面确认后实施。
P:（三）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（四）乙方应在切换前完成离线仿真调试，并在甲方车间进行不少于2个班次的带料试生产。
H:五、验收
P:（一）验收标准：16个工位联锁及安全功能逐项测试合格；连续生产72小时无控制系统原因停线；视觉定位偏差不大于±0.5毫米；焊接参数逐点采集完整，超差报警准确；MES接口上传数据与现场记录一致。
P:（二）满足上述标准并连续稳定运行30日后，甲方组织最终验收并签署验收报告。设备安装、试生产或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新验收，由此产生的费用由乙方承担。
P:（四）验收时乙方应提交竣工图纸、IO点表、程序备份、设备说明书及备件清单。
H:六、质保与维保
P:（一）质保期为最终验收合格之日起二十四个月。质保期内硬件损坏免费更换，软件缺陷免费修复。
P:（二）一级故障（焊装线停线）乙方应在30分钟内电话响应，2小时内到场，6小时内恢复生产；二级故障（单工位异常、不影响整线）2小时内响应，24小时内修复。
P:（三）响应或到场每超时一小时，乙方向甲方支付¥800；因乙方原因导致停线超过约定恢复时间的，每超过一小时另行支付¥2,000。
P:（四）质保期满后，乙方提供年度维保服务，年维保费为软硬件小计的7%（即¥76,776），质保期满后三个服务年度内不调价，维保内容同本条（二）。
P:（五）质保期内乙方每半年进行一次预防性巡检，检查程序备份、IO点位及网络状态，并提交巡检报告。
P:（六）质保期内乙方在甲方现场存放常用备件（安全PLC模块、交换机、HMI各1套）。
H:七、知识产权
P:（一）本项目编写的PLC程序、HMI画面、通讯配置及接口程序的知识产权归甲方所有，乙方应在验收时交付全部源程序及注释。
P:（二）焊接质量监控软件的著作权归原厂商所有，甲方享有永久使用许可。
P:（三）乙方保证所供软硬件不侵犯第三方知识产权，如有侵权，由乙方负责处理并承担费用。
H:八、数据安全
P:（一）焊接参数、质量追溯数据及MES交换数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方审批，通过甲方指定的VPN及堡垒机接入，操作全程记录；不得将数据拷贝出甲方网络。
P:（三）因乙方原因导致数据泄露、篡改或生产网络受到攻击的，乙方应在2小时内报告甲方，并承担全部赔偿责任。
P:（四）合同终止后，乙方应删除其保留的甲方数据，并书面确认。
H:九、保密
P:（一）双方对在合作中知悉的对方技术资料、工艺参数及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
P:（二）乙方应要求其派驻人员签署保密承诺。
H:十、分包
P:（一）乙方可将电气布线及机械安装工作分包给具有相应资质的第三方，提前书面通知甲方即可，无需取得甲方同意。乙方对分包部分的质量和安全承担责任。
H:十一、违约与解除
P:（一）乙方交付的设备或系统存在重大缺陷，经甲方书面通知后15日内未能纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）乙方在甲方厂区施工应遵守甲方安全管理制度，因乙方原因造成人身伤害或设备损坏的，由乙方承担责任。
P:（四）因乙方原因导致切换失败需回退的，回退期间甲方的停产损失由乙方承担。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交柳州仲裁委员会仲裁。仲裁期间，双方应继续履行合同其他部分。
H:十三、不可抗力
P:（一）因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生的除外。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术方案、切换方案、设备技术参数表。
P:（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方：柳州恒骐汽车零部件有限公司（盖章）　代表：＿＿＿＿＿＿
P:乙方：广西联擎自动化工程有限公司（盖章）　代表：＿＿＿＿＿＿
P:日期：2026年1月9日
"""

H466Z03 = """宠物用品门店收银及会员管理系统服务合同

合同编号：CW-IT-2026-03
甲方（客户）：成都毛球宠物用品连锁有限公司
地址：成都市武侯区天府大道北段966号
乙方（服务商）：四川云铺科技有限公司
地址：成都市高新区吉泰五路88号

鉴于甲方在四川、重庆经营52家宠物用品门店，需统一收银、会员、储值及库存管理；乙方提供“云铺零售”SaaS服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方52家门店提供云铺零售SaaS服务，包括：门店收银（扫码、刷卡、储值卡支付）、会员管理（积分、等级、宠物档案、生日提醒）、储值与优惠券、门店库存与调拨、总部报表。
1.2 乙方负责实施：系统配置、商品及会员数据迁移（约18,000个商品条目、约26万名会员及其储值余额）、与甲方微信小程序商城及金蝶ERP的接口开发、门店人员培训。
1.3 服务期为两个服务年度，自全部门店上线验收合格之日起计算。
1.4 收银设备（收银机、扫码枪、小票打印机）由甲方自备，乙方提供兼容设备清单并负责驱动安装调试。
1.5 乙方为甲方指定一名客户成功经理，负责日常沟通、需求跟踪及季度服务回顾。

2. 费用
2.1 订阅费：每家门店每个服务年度¥4,680，52家门店每个服务年度合计¥243,360，两个服务年度合计¥486,720。
2.2 一次性实施费¥68,000（含数据迁移及接口开发），培训费¥12,000。
2.3 合同总价为¥566,720（含税）。服务期内新增门店按每店每个服务年度¥4,680按月折算。
2.4 服务期内门店闭店的，自闭店次月起停止计收该店订阅费。

3. 付款
3.1 订阅费按季度结算，每季度结束后15日内，乙方提交服务报告及发票，甲方核对无误后支付该季度订阅费。
3.2 实施费及培训费在全部门店上线验收合格后15个工作日内支付。
3.3 甲方无需支付任何预付款。
3.4 乙方开具增值税专用发票，甲方开票信息以附件为准。

4. 实施与上线验收
4.1 乙方应在合同签订后45日内完成全部门店上线。门店分三批切换，每批切换安排在夜间闭店后进行，不影响次日营业。
4.2 上线验收标准：52家门店均可正常收银；单笔收银从扫码到出票不超过2秒；会员数量、积分及储值余额迁移后与原系统逐条核对一致；小程序与ERP接口连续7日数据同步无差错；门店店长及收银员培训考核合格。
4.3 甲方在收到验收申请后5个工作日内组织验收并签署验收单。验收不合格的，乙方应在7日内整改后重新申请。
4.4 因乙方原因未能按期完成上线的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
4.5 上线后7日为试运行期，乙方派驻不少于2名实施人员在总部值守，门店问题当日处理。
4.6 甲方应提供门店网络、商品及会员原始数据，并指定项目联系人配合实施。

5. 服务水平
5.1 系统月度可用率不低于99.5%。可用率按当月可用分钟数占当月总分钟数的比例计算，计划内维护须安排在凌晨2点至6点之间并提前48小时通知。
5.2 故障分级：一级故障（超过5家门店无法收银）乙方应在30分钟内响应，2小时内恢复；二级故障（单店无法收银或会员功能异常）1小时内响应，8小时内恢复；三级故障（报表等非核心功能）1个工作日内处理。
5.3 服务抵扣：月度可用率低于约定值的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣；一级故障恢复每超时1小时，另抵扣¥500。抵扣金额在下一期付款中扣除。
5.4 乙方提供7×24小时客服热线，每月5日前提交上月服务报告。
5.5 乙方应在每年3月、9月进行灾备切换演练，并将演练报告提交甲方。
5.6 新版本升级应提前7日通知甲方，重大功能变更须经甲方确认后在夜间发布。

6. 数据
6.1 甲方的商品、会员、交易及储值数据归甲方所有。
6.2 甲方同意乙方可将上述数据脱敏汇总后用于宠物行业消费分析报告及乙方产品改进，该权利在本合同终止后继续有效。
6.3 乙方应将数据存储于中国境内的云服务器，采取加密传输与存储、访问权限控制、操作日志审计等措施，并每日备份。会员个人信息的处理应符合《个人信息保护法》。
6.4 发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并赔偿因此给甲方造成的全部损失（含对会员的赔偿）。
6.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，之后删除其保存的甲方数据。
6.6 乙方人员访问甲方生产数据须经甲方书面授权，并仅限于处理故障所必需的范围。

7. 知识产权
7.1 云铺零售平台的知识产权归乙方所有。
7.2 为甲方定制开发的小程序接口、ERP接口程序及专用报表的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人维护。
7.3 乙方保证平台不侵犯第三方权利，因侵权给甲方造成损失的，由乙方赔偿。

8. 保密
8.1 双方对在合作中获知的对方商业信息（包括门店经营数据、采购价格、技术资料）负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后两年。
8.2 乙方应要求其员工及实施人员遵守本条保密义务。

9. 续订
9.1 服务期届满前30日任何一方未书面提出不续订的，本合同自动续订一个服务年度，依此类推。
9.2 续订时，乙方有权根据市场情况调整订阅费标准，调整后的价格自续订之日起执行。

10. 分包
10.1 乙方不得将本合同项下服务分包给第三方；确需分包的，须事先取得甲方书面同意。

11. 违约责任与解除
11.1 乙方违反本合同约定，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收取但未提供服务期间的费用。
11.2 乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失除外。
11.3 甲方逾期付款超过30日的，乙方可书面催告后暂停新增门店开通，但不得中断已开通门店的收银服务。
11.4 乙方平台连续两个月可用率低于约定值的，甲方有权解除合同且不承担违约责任。
11.5 任何一方违约给对方造成损失的，应赔偿对方的实际损失。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。
12.2 争议期间，乙方不得以争议为由中断收银服务。

13. 其他
13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
13.2 本合同附件包括：服务说明、门店清单、数据迁移方案、接口规格说明，附件与正文具有同等效力。
13.3 因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复，不可抗力期间的订阅费按实际服务天数结算。

甲方（盖章）：成都毛球宠物用品连锁有限公司　　代表：＿＿＿＿＿＿
乙方（盖章）：四川云铺科技有限公司　　代表：＿＿＿＿＿＿
签订日期：2026年4月2日
"""

H466Z04 = """临川市气象台突发事件预警信息发布系统运维服务合同

项目编号：LCQX-CS-2026-05（竞争性磋商）
甲方（采购人）：临川市气象台
乙方（成交供应商）：赣南天讯信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临川市突发事件预警信息发布系统运维服务事项，经协商一致，订立本合同。

【服务范围与期限】
（1）运维对象：预警信息发布管理平台（含省市县三级发布终端管理）、短信及应急广播发布接口、大喇叭及电子显示屏终端1,860台、灾害风险靶向发布模块、预警信息公众查询网站及相关服务器、数据库、网络设备。
（2）服务内容：日常巡检与监控、故障处置、系统升级及补丁、数据备份与恢复演练、重大天气过程及汛期保障、终端在线率治理、年度安全加固、运维报告编制。
（3）服务期限：2026年7月1日至2027年6月30日。期满本合同终止，不自动续期，甲方另行组织采购。
（4）乙方派驻2名运维工程师在甲方驻场（工作日8:30—17:30），汛期（5月至9月）及启动气象灾害应急响应期间实行7×24小时值守。
（5）乙方驻场人员须具备相应技术能力并通过甲方背景审查；更换人员须提前10日书面告知甲方并经甲方同意。
（6）日常巡检：每日检查平台运行状态、发布通道及接口日志；每周检查服务器资源、数据库及备份；每月对终端在线情况进行统计分析并提出治理建议。
（7）汛期及重大天气过程期间，乙方应增派1名工程师驻场，确保预警信息发布全流程畅通，并在过程结束后3日内提交保障总结。
（8）乙方应在临川市区储备终端常用备件不少于30套，终端硬件故障更换时间不超过3个工作日。
（9）乙方每日对业务数据进行增量备份、每周全量备份，每季度进行一次恢复演练并形成记录。
（10）系统升级、补丁安装应在非预警发布高峰时段实施，并事先制定回退方案报甲方批准。
（11）乙方每季度开展一次漏洞扫描，发现高危漏洞应在甲方同意后7日内完成修复。
（12）乙方应配合甲方每半年开展一次预警发布应急演练。
（13）乙方每月5日前提交月度运维报告，每季度提交季度考核自评报告，服务期满提交运维总结报告。
（14）甲方应提供驻场办公条件、系统账号及必要的网络接入，并指定专人负责联络与考核。

【服务费用与支付】
（15）运维服务费总额为人民币肆拾捌万陆仟元整（¥486,000），含税，包括人工、差旅、备品备件、工具及税费。
（16）服务费按季度支付：每季度结束后，甲方依据本合同考核结果在15个工作日内支付该季度服务费¥121,500，扣除当季应扣款项后结算。本合同不设预付款。
（17）乙方应在每次付款前开具合法发票。

【进场与考核验收】
（18）乙方应于2026年7月1日前完成人员进场、资料交接及监控部署，甲方按以下标准进行进场验收：运维人员资质与响应文件一致；全部服务器、终端纳入监控；应急联系表及值守排班表经甲方确认。
（19）乙方未能按期完成进场或未按运维计划按期完成巡检、升级任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（20）季度考核内容包括：系统可用率、故障响应与恢复时限、终端在线率、巡检完成率、报告质量，考核结果作为当季付款依据。
（21）季度考核得分低于85分的，扣减当季服务费的5%；低于70分的，扣减10%，并由乙方提交整改计划。
（22）甲方对服务质量的书面意见，乙方应在2个工作日内答复并整改。
（23）服务期满前20日内，甲方组织终期验收，验收标准为：各季度考核均达标；运维文档、配置台账、备份介质完整移交；系统运行正常。
（24）服务期满时，乙方应配合甲方与新服务商进行交接，交接期不少于10日，交接期间乙方继续履行运维职责。

【服务水平】
（25）预警信息发布平台月度可用率不低于99.95%。
（26）一级故障（预警信息无法发布或发布延迟超过3分钟）：15分钟内响应，1小时内恢复发布能力；二级故障（部分区县终端无法接收）：30分钟内响应，6小时内恢复；三级故障（查询网站、报表等非核心功能）：2小时内响应，2个工作日内修复。
（27）未达到服务水平的，一级故障每次扣减服务费¥2,000，恢复每超时1小时再扣减¥1,000；平台月度可用率每低于约定值0.01个百分点扣减¥1,500；终端离线超过48小时未处置的，每台扣减¥50。扣款从当季服务费中扣除。

【数据安全】
（28）系统内的预警信息、发布记录、终端及用户数据均属于甲方，乙方仅为履行运维服务使用，不得用于其他任何目的。
（29）乙方应遵守网络安全等级保护三级要求及甲方安全管理制度；运维操作须通过甲方堡垒机进行并全程审计，高危操作须经甲方审批；不得私自接入外部网络或复制数据。
（30）发生安全事件或数据泄露的，乙方应在30分钟内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任及相关法律责任。
（31）服务期满或合同终止时，乙方应移交全部资料，删除其掌握的甲方数据，并签署数据删除承诺书。
（32）乙方自带的监控工具应经甲方安全检测后方可部署，服务期满后卸载。

【保密】
（33）乙方对在服务中知悉的甲方网络拓扑、账号口令、应急预案及其他非公开信息负有保密义务，不得向任何第三方披露，保密义务在本合同终止后继续有效。
（34）乙方驻场人员应签署保密承诺书，乙方对其人员的泄密行为承担责任。

【知识产权】
（35）乙方在服务中形成的运维脚本、配置台账、应急预案、运维报告等成果归甲方所有，甲方可自由使用和修改。
（36）乙方保证其提供的工具软件不侵犯第三方知识产权。

【分包】
（37）乙方不得将本合同项下服务转包或分包。

【违约与责任】
（38）合同期内，除不可抗力外，双方均不得单方解除本合同。乙方违约的，按本合同约定支付违约金及服务扣款。
（39）乙方驻场人员擅自离岗的，每人每日扣减¥500。
（40）乙方在本合同项下的累计赔偿责任（含违约金及扣款）以合同总价的50%为限。
（41）甲方逾期付款的，应按逾期金额每日万分之二支付违约金。

【不可抗力】
（42）因不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，双方协商处理。不可抗力发生后，乙方应尽力维持预警信息发布能力。

【争议解决】
（43）因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

【其他】
（44）磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（45）本合同未尽事宜，按政府采购相关规定执行。双方联系人及联系方式见附件，变更应提前书面通知对方。

甲方（盖章）：临川市气象台　　　　代表：＿＿＿＿＿＿
乙方（盖章）：赣南天讯信息技术有限公司　　代表：＿＿＿＿＿＿
签订日期：2026年6月12日
"""

H466Z05 = """# 酵云发酵管理系统软件许可及定制开发合同

**（乙方标准合同文本 JY-HT-2025版）**

合同编号：JY-2026-0217

- 甲方（买方）：桂林漓香腐乳食品有限公司，地址：桂林市临桂区秧塘工业园12号
- 乙方（卖方）：广州酵云智能软件有限公司，地址：广州市天河区科韵路18号

甲方为提升腐乳前发酵、腌制及后发酵过程的管理水平，拟采购乙方“酵云发酵管理系统”并进行定制开发。双方本着平等互利的原则，经友好协商，订立本合同。

## 第一条 产品与服务

1. 乙方向甲方提供酵云发酵管理系统标准版软件许可（永久许可，单工厂部署，50个并发用户），功能包括：毛坯及菌种管理、前发酵房温湿度监控、腌制及装坛批次管理、后发酵周期提醒、质检记录、生产报表。
2. 乙方根据甲方需求进行定制开发：发酵房温湿度与排风设备联动控制、从黄豆入库到成品出库的批次追溯、与甲方用友ERP的物料及成品接口、质检移动端。
3. 乙方负责系统安装部署及甲方操作人员培训。
4. 乙方提供系统操作手册、安装部署文档各一份（电子版）。
5. 软件许可仅限甲方在上述工厂内部使用，甲方新增工厂或增加并发用户的，应按乙方届时报价另行购买许可。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 酵云发酵管理系统标准版软件许可 | 1套 | 360,000 |
| 2 | 定制开发（设备联动、批次追溯、ERP接口、质检移动端） | 1项 | 210,000 |
| 3 | 安装部署及实施 | 1项 | 45,000 |
| 4 | 操作培训 | 1项 | 9,000 |
| | 合同总价（含税） | | 624,000 |

服务器、数据库、网络设备、温湿度传感器及排风设备控制器由甲方自行采购，不包含在本合同价款内。

## 第三条 付款方式

1. 本合同签订后5个工作日内，甲方支付合同总价的50%，即¥312,000，乙方收到款项后开始开发工作。
2. 系统安装上线后5个工作日内，甲方支付合同总价的50%，即¥312,000。
3. 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。
4. 乙方在收到每笔款项后10个工作日内开具增值税普通发票；甲方需要专用发票的，应提前提供开票信息。

## 第四条 交付与上线

1. 乙方计划在收到首期款后75日内完成开发及部署，具体进度以双方确认的项目计划为准。因需求变更、甲方配合不及时或设备未到位等原因，交付时间相应顺延。
2. 系统在甲方服务器安装完成并上线运行后，即视为甲方验收合格。甲方在上线后发现的问题，按第六条维护服务处理。
3. 甲方应在项目启动前指定项目负责人，及时提供工艺资料、设备接口协议及测试环境，并对需求规格说明书在5个工作日内书面确认；逾期未确认的，视为确认。
4. 上线后甲方提出的新增需求，乙方另行报价，双方签订补充协议后实施。

## 第五条 知识产权

1. 酵云发酵管理系统及其文档的全部知识产权归乙方所有。
2. 乙方为甲方定制开发的功能模块、接口程序、报表及相关源代码的知识产权亦归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给任何第三方使用。
3. 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。
4. 甲方应妥善保管软件及授权文件，不得超出许可范围使用。

## 第六条 维护服务

1. 系统上线之日起六个月为免费维护期，乙方提供远程技术支持及缺陷修复。
2. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年维护费为软件许可费的32%，即每个服务年度¥115,200，按服务年度预付。
3. 一级故障（系统无法使用、影响生产）乙方在接到甲方报修后8小时内响应，并尽力在合理时间内解决；其他故障在2个工作日内响应。
4. 现场服务按每人每日¥2,500另行收费，差旅费由甲方承担。
5. 维护服务不包括：甲方自行修改系统造成的故障、第三方软硬件故障、新增功能开发及数据恢复。
6. 乙方的维护服务时间为工作日9:00—18:00，非工作时间的支持需提前预约并另行收费。

## 第七条 数据

1. 甲方在系统中录入和产生的生产数据归甲方所有。
2. 甲方同意乙方可将系统采集的发酵工艺参数、温湿度曲线及产量数据经脱敏处理后，用于乙方产品优化、工艺模型训练及行业研究，该使用不需另行支付费用。
3. 乙方远程维护须经甲方同意后接入，遵守甲方的网络安全管理规定，对接触到的数据采取必要的安全保护措施，不得泄露；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任。
4. 甲方应自行做好数据备份，乙方对甲方未备份导致的数据丢失不承担责任。
5. 合同终止后，乙方可保留甲方的系统配置及脱敏数据用于上述用途。

## 第八条 保密

双方对在合同履行过程中知悉的对方商业秘密、技术信息和经营信息负有保密义务，未经对方书面许可不得向第三方披露，保密期限至合同终止后两年。本条保密义务不适用于已公开的信息或依法应当披露的信息。

## 第九条 责任限制

1. 乙方在本合同项下的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过合同总价的20%。
2. 乙方对甲方的间接损失、利润损失、生产损失及产品质量损失不承担责任。
3. 因甲方自行采购的硬件、网络或操作不当导致的问题，乙方不承担责任。
4. 乙方对系统运行结果的准确性不作任何明示或默示保证。

## 第十条 合同解除

任何一方严重违反本合同约定，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。甲方未按期付款超过30日的，乙方有权解除合同，已收款项不予退还。合同解除后，甲方应停止使用尚未付清款项部分对应的软件。

## 第十一条 不可抗力

因不可抗力导致本合同不能履行的，受影响方不承担责任，但应及时通知对方并在合理期限内提供证明。不可抗力持续超过90日的，双方可协商解除合同。

## 第十二条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十三条 培训

乙方在甲方现场提供集中培训2次，每次不超过2天，培训对象为甲方系统管理员及生产、质检关键用户，培训人数不超过20人。超出部分按乙方标准另行收费。

## 第十四条 其他

1. 本合同自双方盖章之日起生效，一式两份，双方各执一份。
2. 本合同附件（需求规格说明书、项目计划）为本合同的组成部分。
3. 本合同未尽事宜，以乙方发布的服务说明为准。

甲方（盖章）：桂林漓香腐乳食品有限公司　　授权代表：＿＿＿＿＿＿
乙方（盖章）：广州酵云智能软件有限公司　　授权代表：＿＿＿＿＿＿
日期：2026年2月17日
"""

H466E01 = """T:Software Licence and Services Agreement - Warehouse Management System
P:Agreement No. SSF-CN-2026-004
P:This Agreement is made on 20 April 2026 between:
P:(1) Kunming Yunling Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 218 Dianchi Road, Kunming, Yunnan Province ("Customer"); and
P:(2) Siam Stockflow Co., Ltd., a company incorporated in the Kingdom of Thailand, with its registered office at 99/12 Rama IX Road, Huai Khwang, Bangkok 10310 ("Vendor").
P:Background: Customer operates three temperature-controlled warehouses in Kunming and Yuxi for fresh produce, dairy and frozen food. Customer wishes to replace its spreadsheet-based stock control with Vendor's StockFlow WMS, and Vendor has agreed to license the software and to implement it on the terms below. At Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means StockFlow WMS version 8, including the server component, the web client and the handheld (RF) client, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configuration produced by Vendor specifically for Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which all three warehouses run their receiving, putaway, picking and dispatch in the Software.
P:1.4 "Final Acceptance" means Customer's signed acceptance certificate issued under Article 6.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of Customer and its affiliates in the People's Republic of China, for the numbers of users and devices set out in Article 4.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery. Customer may add users at the unit prices in Article 4 for three years after Final Acceptance.
P:2.3 Vendor warrants that it has the right to grant this licence and that the Software does not infringe the rights of any third party. Vendor shall defend and hold Customer harmless against any infringement claim.
H:Article 3 Services
P:3.1 Vendor shall install and configure the Software on Customer's servers in Kunming, set up the warehouse layouts, temperature zones and storage rules, and migrate open stock, item master and customer data.
P:3.2 Vendor shall build interfaces between the Software and (a) Customer's Kingdee ERP for orders, receipts and invoicing, (b) the temperature loggers in the cold rooms, and (c) the transport management system used by Customer's fleet.
P:3.3 Vendor shall train twelve key users and forty operators in Kunming and provide training materials in Chinese.
P:3.4 Vendor shall achieve Go-Live within 120 days after the Effective Date, following the project plan in Annex 2.
P:3.5 Customer shall provide the servers, database licences, network access and a project manager, and shall make its warehouse staff available for testing and training as set out in the project plan. A delay caused by Customer extends the dates in this Agreement accordingly.
H:Article 4 Prices
P:4.1 The Contract Price is CNY 1,050,000, inclusive of all taxes, made up as follows:
P:(a) server licence, 1 unit at CNY 420,000: CNY 420,000;
P:(b) named user licences, 80 at CNY 3,200: CNY 256,000;
P:(c) handheld RF licences, 40 at CNY 1,800: CNY 72,000;
P:Licence Subtotal: CNY 748,000;
P:(d) implementation and data migration: CNY 186,000;
P:(e) interfaces (ERP, temperature loggers, TMS): CNY 94,000;
P:(f) training: CNY 22,000.
P:4.2 The Contract Price is fixed. Travel and living costs of Vendor's staff are included.
H:Article 5 Payment
P:5.1 Customer shall pay 20% of the Contract Price (CNY 210,000) within fifteen days after signature of this Agreement and receipt of Vendor's invoice.
P:5.2 Customer shall pay 45% of the Contract Price (CNY 472,500) within fifteen days after Go-Live.
P:5.3 Customer shall pay the remaining 35% of the Contract Price (CNY 367,500) within fifteen days after Final Acceptance.
P:5.4 Payments are made by bank transfer to Vendor's account in CNY. Each party bears its own bank charges.
H:Article 6 Acceptance
P:6.1 After Go-Live, the Software shall run in all three warehouses for thirty consecutive days. Customer shall issue the acceptance certificate when all of the following criteria are met: (a) a full cycle count shows no more than twenty location discrepancies per warehouse; (b) all interfaces in Article 3.2 have exchanged data for ten working days without unresolved errors; (c) a pick confirmation on a handheld is processed within two seconds at 60 concurrent devices; (d) no Severity 1 defect is open; and (e) all documentation and the source code of the Custom Deliverables have been delivered.
P:6.2 If a criterion is not met, Vendor shall correct the defect and the test period shall be repeated for the affected function. Go-Live, use of the Software in production and payment under Article 5.2 do not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the functional specification for a warranty period of eighteen months from Final Acceptance. During the warranty period Vendor shall correct defects and provide new releases free of charge.
P:7.2 Vendor shall provide support by telephone, e-mail and remote access in Chinese and English during Customer's business hours. Vendor will use commercially reasonable efforts to respond to support requests promptly and to resolve defects within a reasonable time, taking into account the nature of the problem.
P:7.3 After the warranty period, Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, being CNY 82,280 per Support Year, and shall not be increased for the first three Support Years. Support is renewed only by Customer's written order; it does not renew automatically.
H:Article 8 Delay
P:8.1 If Vendor fails to achieve Go-Live by the date in Article 3.4 for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:8.2 Payment of liquidated damages does not release Vendor from its obligation to complete the work.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables belong to Customer from creation. Customer may use, modify, copy and license them freely, including to third parties who maintain them. Vendor shall deliver their source code at Final Acceptance.
H:Article 10 Data Security
P:10.1 All data entered into or generated by the Software, including stock, order, customer and temperature records, belongs to Customer. Vendor shall use Customer data only to perform this Agreement.
P:10.2 Vendor shall access Customer's systems only through the VPN account issued by Customer, with individual logins and multi-factor authentication, and only for the task approved by Customer. Vendor shall not copy Customer data outside Customer's systems, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 Vendor shall report any actual or suspected security incident affecting Customer data within two hours of discovery, cooperate in containing it, and bear full liability for losses caused by a breach attributable to Vendor or its staff.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including prices, customer lists and system designs, and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 2.3, breach of Article 10, personal injury or wilful misconduct.
P:12.2 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Article 12.1.
H:Article 13 Subcontracting
P:13.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within twenty days after receiving notice, or if the delay under Article 8 exceeds sixty days.
P:14.2 On termination under Article 14.1, Vendor shall refund the amounts paid for the services not accepted, and the licences paid for shall continue.
H:Article 15 Force Majeure
P:15.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly and is excused for the duration of the event. If the event lasts more than ninety days, either party may terminate by written notice.
H:Article 16 Governing Law and Disputes
P:16.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding on both parties.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices shall be in writing and sent to the addresses above by courier or by e-mail with confirmation of receipt. This Agreement is made in English and Chinese, both texts being equally authentic.
P:For Customer: ____________________  Name / Title / Date
P:For Vendor: ____________________  Name / Title / Date
"""

H466E02 = """# Order Form No. HVS-OF-2026-031

**Hanviet Shiftware Joint Stock Company**, 47 Bach Dang Street, Hai Chau District, Da Nang, Vietnam ("Provider")

**Customer:** Guangzhou Maixiang Bakery Chain Co., Ltd., 1203 Tianhe North Road, Tianhe District, Guangzhou, Guangdong Province, People's Republic of China

This Order Form is entered into under, and incorporates, the Hanviet General Terms for Cloud Services printed below (the "General Terms"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Section 1. Order Details

1.1 **Service:** ShiftPlanner Cloud, Business Edition: staff scheduling, time and attendance through the mobile app and store tablets, leave requests, labour-cost forecasting by store, and payroll export.

1.2 **Scope:** 86 bakery stores and 2 central kitchens in Guangdong Province; up to 1,400 active employee profiles.

1.3 **Subscription Term:** two Subscription Years. Subscription Year 1 runs from the Go-Live Date to the day before its first anniversary, and Subscription Year 2 runs for the following period of equal length.

1.4 **Target Go-Live Date:** 1 August 2026.

## Section 2. Fees

At Customer's request all fees are quoted and invoiced in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| ShiftPlanner Cloud subscription, Subscription Year 1 | 88 sites, 1,400 profiles | 186,000 |
| ShiftPlanner Cloud subscription, Subscription Year 2 | 88 sites, 1,400 profiles | 186,000 |
| Onboarding (configuration, data import, payroll export to Customer's Kingdee system, training) | one-time | 28,000 |
| **Total Contract Value** | | **400,000** |

2.1 Additional employee profiles above 1,400 are charged at CNY 110 per profile per Subscription Year, pro rata. Such additional charges are not part of the Total Contract Value.

2.2 Fees include VAT and all taxes payable in Vietnam. Provider issues a valid PRC VAT invoice through its Guangzhou agent.

## Section 3. Payment

3.1 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 46,500 at the start of each quarter and is payable within thirty days after receipt of the invoice.

3.2 The onboarding fee is invoiced after Customer signs the Go-Live acceptance under Section 4 and is payable within thirty days after receipt of the invoice.

3.3 No amount is payable before the Go-Live Date.

## Section 4. Onboarding and Go-Live Acceptance

4.1 Provider shall configure the service for Customer's stores, import store, employee and shift-rule data supplied by Customer, build the payroll export file in the format specified by Customer, and train twenty head-office users and one supervisor per store.

4.2 Go-Live acceptance criteria: (a) all 88 sites are set up with their opening hours and labour rules; (b) a parallel run of two full payroll cycles shows that hours and overtime exported from the service match Customer's manual calculation for every employee; (c) the mobile app clock-in works at every site; (d) no Priority 1 issue is open. Customer shall sign the acceptance within five working days after the criteria are met or state in writing which criteria are not met.

4.3 If the Go-Live Date is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, deducted from the onboarding fee and, if necessary, from later invoices.

4.4 Customer shall provide the store list, employee master data and shift rules in Provider's templates at least thirty days before the Target Go-Live Date, and shall make its payroll staff available for the parallel run.

## Section 5. Service Levels

5.1 Provider shall make the service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Response times: Priority 1 (service unavailable, or clock-in or payroll export failing for several stores): 30 minutes, 24 hours a day; Priority 2 (a function impaired for one store): two business hours; Priority 3 (questions and minor defects): one business day.

5.3 Service credits: if monthly availability falls below the level in Section 5.1, Customer receives a credit of 5% of that month's subscription fee for each full 0.1 percentage point of shortfall, up to 50% of the month's fee. Each Priority 1 response later than the time in Section 5.2 gives a further credit of CNY 500. Credits are deducted from the next invoice.

5.4 Provider shall send Customer a monthly service report showing availability, Priority 1 and Priority 2 tickets with their response times, and the credits due.

Signed for Provider: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________

---

# Hanviet General Terms for Cloud Services (Edition 2026)

## Section 6. Use of the Service

6.1 Provider grants Customer and its authorised users a non-exclusive right to access and use the service during the Subscription Term for Customer's internal business.

6.2 Customer is responsible for its user accounts and for the accuracy of the data it submits. Customer shall not resell the service or use it to build a competing product.

6.3 Provider may update the service from time to time, provided that an update does not materially reduce the functions described in the Order Form.

6.4 Provider provides support in Chinese and English through its service desk by telephone, e-mail and in-app chat. Customer may name up to ten administrators who may open Priority 1 tickets by telephone at any time.

## Section 7. Customer Data

7.1 All data that Customer or its users submit to the service, and all schedules, attendance records and reports generated from it ("Customer Data"), belong to Customer.

7.2 Provider shall use Customer Data only to provide the service to Customer under the Order Form and shall not use it for any other purpose.

7.3 The service for Customer is hosted in a data centre located in mainland China operated by a hosting provider selected by Provider.

7.4 Within thirty days after the end of the Subscription Term, Provider shall make a full export of Customer Data available in CSV format and shall then delete Customer Data from the service.

## Section 8. Customer-specific Work

8.1 The service and its software remain the property of Provider.

8.2 The payroll export mapping, report templates and shift-rule configurations made specifically for Customer belong to Customer, and Customer may use, modify and license them freely, including after the Subscription Term.

## Section 9. Confidentiality

9.1 Each party shall keep confidential the non-public business, technical and financial information of the other party that it receives in connection with the Order Form, shall use it only for the purposes of the Order Form and shall not disclose it to any third party except to its employees and advisers who need to know it and are bound by similar obligations.

9.2 This Section does not apply to information that is public, already known to the recipient, or required to be disclosed by law. It continues for three years after the end of the Subscription Term.

## Section 10. Subcontractors

10.1 Provider may use affiliates and subcontractors, including its hosting provider and local implementation partners in China, to perform any part of the services. Provider shall inform Customer of any new subcontractor by written notice; Customer's consent is not required.

10.2 Provider remains responsible for the performance of its subcontractors.

## Section 11. Liability

11.1 Each party's total liability arising out of or in connection with the Order Form is limited to two times the Total Contract Value.

11.2 Neither party is liable for loss of profit or indirect loss. The limits in this Section do not apply to a party's wilful misconduct or to its payment obligations.

## Section 12. Renewal

12.1 The Order Form does not renew automatically. Any further subscription requires a new Order Form signed by both parties, at fees to be agreed at that time.

## Section 13. Termination

13.1 Either party may terminate the Order Form by written notice if the other party materially breaches it and does not remedy the breach within thirty days after receiving notice describing it.

13.2 Customer may also terminate by written notice if monthly availability is below the level in Section 5.1 in any three months of a Subscription Year.

13.3 On termination by Customer under this Section, Provider shall refund any prepaid fees for the period after termination.

## Section 14. Force Majeure

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, or failures of public networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

## Section 15. Governing Law and Disputes

15.1 At Customer's request, the Order Form and these General Terms are governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.

## Section 16. General

16.1 Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business. The Order Form and these General Terms are the entire agreement on their subject.

16.2 The Order Form may be signed in counterparts and by electronic signature. It is made in English; a Chinese translation is for reference only.
"""

H466E03 = """T:Supply and Installation Contract - Grain Temperature and Humidity Monitoring System
P:Contract No. PEGR-2026-SB-09
P:Buyer: Pu'er Grain Reserve Depot Co., Ltd., No. 6 Cangchu Road, Simao District, Pu'er, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Mekong Agritech Sensors Co., Ltd., Unit 5, Thadeua Road, Sisattanak District, Vientiane, Lao PDR (the "Supplier").
P:The Buyer stores rice and maize in twelve flat warehouses at its Simao depot and must monitor grain temperature, humidity and carbon dioxide to detect heating and insect activity. Following the Buyer's request for quotations, the Buyer accepts the Supplier's offer on the Buyer's standard terms below.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission a grain monitoring system for the twelve warehouses, consisting of temperature cables, wireless collectors, LoRa gateways, humidity and CO2 sensors and the monitoring software, as listed in Clause 2.
P:1.2 The Supplier shall configure the monitoring software with the layout of each warehouse, alarm thresholds set by the Buyer's storage department, and SMS and app alarm notifications to the duty staff.
P:1.3 The Supplier shall train the Buyer's storage keepers and IT staff and deliver operating manuals in Chinese.
P:1.4 The Supplier shall provide a spare-parts kit at the depot consisting of ten temperature cables, four collectors and one gateway, included in the Contract Price.
H:2. Contract Price
P:2.1 The Contract Price is CNY 800,000, inclusive of VAT, customs duties, transport to the depot, insurance, installation and commissioning. Prices are stated in Chinese Yuan (CNY) and are fixed.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Grain temperature cables, 8 sensing points each|480|620|297,600
TB:2|Wireless collectors|96|1,850|177,600
TB:3|LoRa gateways|6|7,400|44,400
TB:4|Humidity and CO2 sensors|48|2,300|110,400
TB:5|Monitoring software, perpetual licence|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||716,000
TB:6|Installation|1 lot|64,000|64,000
TB:7|Commissioning and training|1 lot|20,000|20,000
TB:|Contract Price|||800,000
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 440,000) within twenty working days after all equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 45% of the Contract Price (CNY 360,000) within twenty working days after the Final Acceptance Certificate is signed.
P:3.4 Each payment is made against a valid PRC VAT invoice issued by the Supplier or its authorised agent in China.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the depot within sixty days and complete installation within ninety days after the date of this Contract. Installation inside warehouses shall follow the Buyer's grain-safety and fire-safety rules and the schedule agreed with the depot manager.
P:4.2 If the Supplier fails to meet a date in Clause 4.1 for reasons attributable to the Supplier, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. The Buyer may deduct such damages from any payment.
P:4.3 The Buyer shall provide access to the warehouses, power at each gateway location and a server meeting the specification in Annex 1. Work inside a warehouse that contains grain shall be carried out only under the supervision of the Buyer's storage keeper, and the Supplier shall not damage the grain or the fumigation seals.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for thirty consecutive days. Final acceptance criteria: (a) every sensing point reports to the software at the configured interval, and readings of twenty randomly selected points deviate by no more than 0.5 degrees Celsius from a calibrated reference thermometer; (b) humidity and CO2 readings are within the accuracy stated in the technical specification; (c) alarms reach the duty staff by SMS and app within two minutes in a test for each warehouse; (d) data is stored for the whole test period without gaps longer than one reporting interval; (e) manuals, wiring diagrams and the configuration backup have been delivered.
P:5.2 When the criteria are met, the Buyer signs the Final Acceptance Certificate. If a criterion is not met, the Supplier shall correct the defect within ten days and the test shall be repeated for the affected warehouses. Delivery, installation, use of the system and payment under Clause 3.2 do not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants all equipment and the software against defects in design, materials and workmanship for thirty-six months from the date of the Final Acceptance Certificate. During the warranty the Supplier shall repair or replace defective items free of charge, including parts, labour and transport.
P:6.2 The Supplier shall respond to faults within the following times during the warranty:
TB:Severity|Description|Response|On site or resolved
TB:1|Monitoring of a whole warehouse or more is lost|1 hour|24 hours
TB:2|Individual cables, collectors or sensors fail|2 working hours|3 days
TB:3|Other defects and questions|1 working day|7 days
P:6.3 For each hour by which a Severity 1 response or resolution is late, the Supplier shall pay CNY 600, which the Buyer may deduct from any amount due or claim directly.
P:6.4 After the warranty, the Buyer may order support on the same terms. The annual support fee is 6% of the Hardware and Licence Subtotal, being CNY 42,960 per year, fixed for the first three support years after the warranty. Support is ordered by the Buyer in writing and does not renew automatically.
P:6.5 During the warranty the Supplier shall carry out a preventive inspection before each summer storage season and recalibrate sensors that deviate from the reference. The Supplier shall keep spare parts available for at least seven years after Final Acceptance.
H:7. Buyer Data and Security
P:7.1 All readings, alarms, warehouse layouts and other data collected or generated by the system belong to the Buyer and shall be used by the Supplier only to perform this Contract.
P:7.2 The system shall run on the Buyer's own server at the depot. Remote access by the Supplier requires the Buyer's prior approval for each session, uses the VPN account issued by the Buyer and is logged. The Supplier shall not copy Buyer data outside the Buyer's systems and shall comply with PRC data-security laws.
P:7.3 The Supplier shall report any security incident affecting the system or Buyer data within twelve hours and shall be liable for all losses caused by a breach attributable to the Supplier or its personnel.
P:7.4 At the end of the Contract or on request, the Supplier shall delete any Buyer data held by its staff and confirm the deletion in writing.
H:8. Intellectual Property
P:8.1 The configuration, warehouse layouts, alarm rules and reports made for the Buyer belong to the Buyer, which may use and modify them freely. The monitoring software and sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:8.2 The Supplier warrants that the equipment and software do not infringe the rights of any third party and shall indemnify the Buyer against any claim of infringement.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, in particular the Buyer's stock quantities and warehouse data, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the delay damages under Clause 4.2 reach their maximum. On such termination the Supplier shall refund the amounts paid for items that the Buyer returns.
P:12.2 The Buyer may also terminate if the system fails the acceptance test twice for reasons attributable to the Supplier.
H:13. Force Majeure
P:13.1 A party delayed by force majeure shall notify the other party within five days and provide evidence. Dates are extended by the duration of the event.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court at the place where the Buyer is located.
H:15. General
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract. This Contract is signed in English and Chinese; both texts are equally authentic. Amendments must be in writing and signed by both parties. Notices are sent to the addresses above.
H:16. Site Safety
P:16.1 The Supplier's staff shall wear safety equipment, follow the depot's entry procedures for warehouses under fumigation, and hold valid certificates for electrical work. The Supplier is responsible for accidents caused by its staff.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 8 May 2026
"""

H466E04 = """# MANAGED SERVICE DESK AND ENDPOINT MANAGEMENT AGREEMENT

Agreement reference: IMS-FS-2026-02

**BETWEEN** Foshan Lianmu Furniture Manufacturing Co., Ltd., Longjiang Town, Shunde District, Foshan, Guangdong Province, People's Republic of China (the "Customer")

**AND** Irrawaddy Managed IT Services Co., Ltd., 88 Pyay Road, Kamaryut Township, Yangon, Republic of the Union of Myanmar (the "Provider")

**WHEREAS** the Customer runs two factories and a showroom with about 620 computers, tablets and shop-floor terminals and wishes to outsource its first- and second-line IT support and endpoint management, and the Provider operates a bilingual service desk serving clients in China.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under Clause 4.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses or processes in performing the Services.

## 2. SERVICES

2.1 The Provider shall perform the Services in Schedule 1 to the service levels in Schedule 3.

2.2 The Provider shall staff the service desk with Mandarin-speaking engineers from 07:30 to 21:30 Beijing time, seven days a week, and shall provide on-call engineers for Priority 1 incidents at all other times.

2.3 The Provider shall station one field engineer at each factory on working days for hardware replacement, printer and network cabling work and desk-side support.

2.4 The Provider shall use the Customer's ticketing system and endpoint-management console and shall not install its own remote-access tools on Customer devices without the Customer's written approval.

2.5 The Provider shall keep the asset register accurate, reconcile it with the Customer's finance records each quarter, and maintain an image library for the standard builds approved by the Customer.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. At the Customer's request all charges are in Chinese Yuan (CNY) and include VAT.

3.2 The monthly service charge is invoiced monthly in arrears and paid within thirty days after receipt of a valid invoice, after deduction of any service credits.

3.3 The transition fee is invoiced after the Service Commencement Certificate is signed and paid within thirty days.

3.4 The Customer pays no advance or deposit.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall complete transition within sixty days after signature of this Agreement, including: taking over open tickets and the asset register from the current support team, documenting all standard builds, setting up the knowledge base, and training its engineers on the Customer's ERP client and production terminals.

4.2 Service commencement criteria: (a) every endpoint is enrolled in the endpoint-management console and reports its patch status; (b) a two-week shadow period has been completed in which the Provider handled all tickets and met the response times in Schedule 3; (c) the knowledge base contains at least the 80 most frequent request types; (d) escalation contacts and the on-call rota are confirmed in writing. The Customer signs the Service Commencement Certificate when the criteria are met.

4.3 If the Service Commencement Date is later than the sixtieth day after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 5. SERVICE LEVELS AND CREDITS

5.1 The Provider shall meet the service levels in Schedule 3 in each calendar month and report its performance by the fifth working day of the following month.

5.2 If a service level is missed, the Provider shall grant the service credits set out in Schedule 3, deducted from the next invoice. Service credits are without prejudice to the Customer's other rights.

## 6. DATA PROTECTION AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's instructions and only to perform the Services.

6.2 The Provider shall access Customer systems only through the Customer's bastion host with named accounts and multi-factor authentication, shall keep all Customer Data within the Customer's systems in mainland China, and shall not store Customer Data in Myanmar or elsewhere outside mainland China.

6.3 The Provider shall vet its engineers, restrict access to the minimum needed, review access rights each quarter, and comply with the PRC Personal Information Protection Law and Data Security Law.

6.4 The Provider shall notify the Customer of any security incident involving Customer Data within two hours of becoming aware of it, shall assist in investigating and containing it, and shall be liable for all losses, fines and costs resulting from an incident caused by the Provider or its personnel.

## 7. INTELLECTUAL PROPERTY

7.1 Scripts, standard builds, knowledge-base articles, runbooks and reports created for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any successor provider.

7.2 The Provider keeps its pre-existing tools and methods.

## 8. PERSONNEL AND SUBCONTRACTING

8.1 The Provider shall name a service delivery manager who attends a monthly review meeting with the Customer.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.

8.3 The Provider shall replace any engineer whom the Customer reasonably considers unsuitable within ten working days, and shall keep its key staff on the account for at least the first six months after the Service Commencement Date.

## 9. LIABILITY

9.1 The Provider's total liability arising out of or in connection with this Agreement in any event shall not exceed the service charges paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss.

## 10. TERM, RENEWAL AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties with charges agreed at that time.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after notice, or if the Provider misses the Priority 1 response service level in three months within any six-month period.

10.3 On expiry or termination, the Provider shall provide exit assistance for up to sixty days at the rates in Schedule 2, hand over all documentation and credentials, and return or delete Customer Data as the Customer directs.

## 11. FORCE MAJEURE

11.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to continue the Services, including switching the service desk to its backup site.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Foshan Arbitration Commission for arbitration in Foshan.

## 13. GENERAL

13.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

13.2 Notices shall be in writing, in English and Chinese, and sent to the addresses above. Neither party may assign this Agreement without the other party's written consent.

## SCHEDULE 1 - SERVICES

| Service | Description |
|---|---|
| Service desk | Telephone, e-mail and chat support; ticket logging, triage, first-line fixes, password resets |
| Endpoint management | Operating-system and software patching, antivirus status, standard builds, device enrolment and retirement |
| Field support | Hardware replacement, printers, shop-floor terminals, moves and changes at both factories |
| Asset management | Maintenance of the asset register, quarterly reconciliation with the Customer's finance records |
| Reporting | Monthly service report and review meeting; quarterly improvement plan |

## SCHEDULE 2 - CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 56,000 |
| Monthly service charge | CNY 46,500 x 36 months | 1,674,000 |
| **Total Contract Value** | | **1,730,000** |
| Additional endpoints above 680 | per endpoint per month | 65 |
| Exit assistance beyond the handover | per engineer day | 1,600 |

Charges for additional endpoints and exit assistance are paid as used and are not included in the Total Contract Value.

## SCHEDULE 3 - SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution or workaround | Credit if missed |
|---|---|---|---|---|
| P1 | Production line terminals or ERP access down for a factory | 30 minutes | 3 hours | CNY 2,000 per incident |
| P2 | A department or showroom cannot work normally | 1 hour | 8 business hours | CNY 800 per incident |
| P3 | A single user affected | 2 business hours | 2 business days | CNY 300 per late ticket |
| P4 | Requests and questions | 1 business day | 5 business days | none |

Patch compliance: critical security patches installed on every enrolled endpoint that is online within seven days of release; for each week of delay, CNY 1,000.

Signed for the Customer: ____________________  Date: __________

Signed for the Provider: ____________________  Date: __________
"""

H466E05 = """DATA SUBSCRIPTION AGREEMENT - VESSEL TRACKING AND PORT CALL API

Agreement No. VMD-2026-CN-011

PARTIES

1. Visayas Maritime Data Inc., a corporation organised under the laws of the Republic of the Philippines, with its principal office at 14th Floor, Cebu IT Tower, Archbishop Reyes Avenue, Cebu City 6000, Philippines ("Vendor").

2. Xiamen Haiyun Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 77 Xiangyu Road, Huli District, Xiamen, Fujian Province ("Customer").

BACKGROUND

A. Customer arranges sea freight for exporters in Fujian and needs current vessel positions, estimated arrival times and port call data to inform its clients and plan container pick-ups.

B. Vendor operates a data service that collects satellite and terrestrial AIS signals and port schedules and delivers them through an application programming interface (the "API").

C. The parties agree as follows. At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Subscription Year" means each consecutive period starting on the Activation Date or on an anniversary of it and ending on the day before the next anniversary.

1.2 "Activation Date" means the date on which Customer signs the integration acceptance under Clause 4.

1.3 "Customer Data" means the vessel watch lists, shipment references, booking numbers, user accounts and query logs that Customer submits to or generates in the API.

1.4 "Integration Package" means the data mapping, webhook configuration and sample code Vendor prepares for Customer's shipment tracking system under Clause 4.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use the data received for its own business, including showing vessel positions and estimated arrival times to its own clients in its tracking portal and notifications.

2.2 The subscription includes up to 3,000,000 API calls per Subscription Year, global vessel positions, port call events for all ports in Asia, and estimated arrival times for container vessels. Vendor shall describe in its documentation the sources and refresh interval of each data field.

2.4 Customer shall not resell the raw data, build a competing data product, or disclose its API credentials. Customer may keep the data it received during the Subscription Term in its own shipment records after the Subscription Term ends.

2.3 The Subscription Term is two Subscription Years from the Activation Date. Customer may extend it by written notice at least sixty days before it ends, at the same fees.

3. FEES AND PAYMENT

3.1 Fees:
  (a) subscription fee: CNY 168,000 per Subscription Year, CNY 336,000 for the Subscription Term;
  (b) integration support (one-time): CNY 18,000.
  Total contract value: CNY 354,000.

3.2 API calls above the annual allowance are charged at CNY 6 per 1,000 calls, invoiced quarterly in arrears. Such usage charges are not part of the total contract value.

3.3 The subscription fee is invoiced quarterly at the start of each quarter of the Subscription Term in instalments of CNY 42,000, payable within thirty days after receipt of the invoice. The integration support fee is invoiced after the integration acceptance and payable within thirty days. No amount is payable before the Activation Date.

3.4 Fees include all taxes payable in the Philippines. Vendor shall provide a PRC VAT invoice through its authorised agent in Xiamen.

3.5 Vendor may not change the fees during the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall deliver the Integration Package, API credentials for test and production, and two days of remote workshops for Customer's developers within thirty days after signature of this Agreement.

4.2 Integration acceptance criteria: (a) positions for a test list of 200 vessels are returned for every vessel that transmitted AIS in the previous hour; (b) port call events for Xiamen, Shanghai, Singapore and Manila arrive through the webhook within ten minutes of the event in Vendor's system; (c) the median API response time measured over three days is below 800 milliseconds; (d) Customer's tracking system has processed data from the API without errors for seven consecutive days. Customer signs the integration acceptance when the criteria are met.

4.3 If Vendor delivers the Integration Package later than the date in Clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay.

4.4 Customer shall make a developer available, provide access to its test environment, and confirm the field mapping within five working days after receiving the draft.

5. SERVICE LEVELS

5.1 Vendor shall make the API available at least 99.95% of each calendar month, measured at Vendor's gateway and excluding maintenance announced seven days in advance and carried out on Sundays between 00:00 and 03:00 Beijing time.

5.2 Vendor shall respond to incidents reported through its support portal or hotline within: Priority 1 (API unavailable or data more than one hour old for all vessels): 30 minutes, at any time; Priority 2 (partial data loss or delay): two hours; Priority 3 (other questions): one business day.

5.3 If monthly availability falls below the level in Clause 5.1, Customer receives a credit of 10% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to the whole monthly fee. Each Priority 1 response later than 30 minutes gives a further credit of CNY 300. Credits are deducted from the next invoice.

5.4 Vendor shall maintain a status page showing current availability and incidents, and shall send Customer a monthly report of availability, incidents and credits.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API to Customer and shall not use, sell or share it, in identified, de-identified or aggregated form, for any other purpose.

6.2 Vendor shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for its staff and logging of all access, and shall store Customer Data only in its data centre in Singapore operated under ISO 27001 certification. Vendor shall comply with the data protection laws applicable to it and shall support Customer in meeting its obligations under the PRC Personal Information Protection Law.

6.3 Vendor shall notify Customer within twelve hours after becoming aware of any security incident affecting Customer Data, cooperate in its investigation, and be liable for all losses, claims and costs of Customer resulting from an incident caused by Vendor or its personnel.

6.4 Within thirty days after the end of the Subscription Term Vendor shall return Customer Data in CSV format on request and then delete it, and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The API, Vendor's databases and the data supplied through the API remain the property of Vendor and its data sources, subject to the rights granted in Clause 2.

7.2 The Integration Package, including the data mapping and sample code, belongs to Customer on delivery, and Customer may use, modify and license it freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including Customer's client names and shipment details, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract the provision of the API or any handling of Customer Data without Customer's prior written consent. The use of satellite AIS data providers as sources of data is not subcontracting.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for breach of Clause 6, infringement of intellectual property and wilful misconduct, which are not limited.

10.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded in Clause 10.1.

11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within thirty days after notice, or if monthly availability is below the level in Clause 5.1 in three months of a Subscription Year. Vendor shall refund the fees paid for the period after termination.

11.2 Vendor may terminate by written notice if Customer fails to pay an undisputed invoice within sixty days after a written reminder.

12. FORCE MAJEURE

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, cable cuts or satellite failures, provided it notifies the other party promptly and resumes performance as soon as possible.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Republic of the Philippines.

13.2 Any dispute shall be finally resolved by arbitration administered by the Philippine Dispute Resolution Center, Inc. under its arbitration rules. The seat of arbitration is Cebu City and the language is English.

14. GENERAL

14.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent. Notices are sent to the addresses above by courier or e-mail.

14.2 This Agreement is made in English. A Chinese translation may be prepared for Customer's internal use; the English text prevails.

SIGNED

For Vendor: ____________________  Name / Title / Date

For Customer: ____________________  Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h466z01": H466Z01, "h466z02": H466Z02, "h466z03": H466Z03, "h466z04": H466Z04, "h466z05": H466Z05,
           "h466e01": H466E01, "h466e02": H466E02, "h466e03": H466E03, "h466e04": H466E04, "h466e05": H466E05}
FILES = {"h466z01": "h466z01_hrss_skills_assessment_platform.pdf",
         "h466z02": "h466z02_auto_parts_welding_line_controls.docx",
         "h466z03": "h466z03_pet_store_chain_pos_membership_saas.txt",
         "h466z04": "h466z04_weather_bureau_warning_system_om.txt",
         "h466z05": "h466z05_fermented_tofu_plant_software_supplier_template.md",
         "h466e01": "h466e01_cold_chain_wms_licence_thai_vendor.pdf",
         "h466e02": "h466e02_bakery_scheduling_saas_order_form_vn_vendor.md",
         "h466e03": "h466e03_grain_depot_sensors_lao_vendor.docx",
         "h466e04": "h466e04_furniture_maker_managed_service_desk_mm_vendor.md",
         "h466e05": "h466e05_vessel_tracking_data_api_ph_vendor.txt"}
TARGETS = {k: (v, v.rsplit(".", 1)[1]) for k, v in FILES.items() if v.endswith((".docx", ".pdf"))}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, value, terms in TERM_KEYS order, sla_clause, ld_stated, capped (goods only), deemed, design rules)
L = {
 "h466z01": ("software", 1560000, [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False,
             True, False, "PRC", G], True, True, True, False, []),
 "h466z02": ("hardware", 1398800, [None, 0.5, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 7, False,
             True, True, "PRC", G], True, True, True, False, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
 "h466z03": ("cloud", 566720, [99.5, 0.5, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True,
             True, False, "PRC", S], True, True, None, False,
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h466z04": ("services", 486000, [99.95, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None,
             False, False, False, None, S], True, True, None, False, ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
 "h466z05": ("software", 624000, [None, 8, False, "supplier", True, False, True, None, 20, 50, False, False, 6, 32, False,
             True, None, "PRC", G], True, False, True, True,
             ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
              "CR-WARRANTY"]),
 "h466e01": ("software", 1050000, [None, None, False, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False,
             True, False, "PRC", G], False, True, True, False, ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "h466e02": ("cloud", 400000, [99.95, 0.5, True, "buyer", False, True, True, 400 / 400000 * 100, 200, None, True, None,
             None, None, False, True, True, "PRC", S], True, True, None, False, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
 "h466e03": ("hardware", 800000, [None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 6, False,
             True, False, "PRC", G], True, True, True, False, []),
 "h466e04": ("services", 1730000, [None, 0.5, True, "buyer", True, True, False, 1200 / 1730000 * 100, 6 / 36 * 100, None,
             True, None, None, None, False, True, False, "PRC", S], True, True, None, False,
             ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
 "h466e05": ("cloud", 354000, [99.95, 0.5, True, "buyer", True, True, True, 300 / 354000 * 100, 150, None, True, None,
             None, None, False, True, False, "Philippines", S], True, True, None, False, ["CR-GOVERNING-LAW"]),
}
# itemised licence / hardware subtotal (TCO fee base) for goods_or_licence drafts
FEE_BASE = {"h466z01": 680000, "h466z02": 1096800, "h466z05": 360000, "h466e01": 748000, "h466e03": 716000}
DESIGN_RISK = {"h466z01": "low", "h466z02": "medium", "h466z03": "medium", "h466z04": "medium", "h466z05": "high",
               "h466e01": "high", "h466e02": "high", "h466e03": "low", "h466e04": "medium", "h466e05": "low"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    cat, value, terms, sla, ld_stated, capped, deemed, _ = L[key]
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": FILES[key], "language": "zh" if key[4] == "z" else "en", "category": cat, "expected_terms": t,
           "expected_extra": extra}
    lab["expected_rules"] = derive(key, lab)
    return lab


def tco(key, t, value, horizon=5.0):
    """policy §4: value + post-warranty fees over the years after the warranty (warranty from acceptance)."""
    fee = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, horizon - t["warranty_months"] / 12)
    post = fee * years
    return value + post, post / (value + post) * 100


def derive(key, lab):
    """Own reading of policy.md §3 applied to the labels."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pw is not None and x["post_warranty_fee_capped"] and t["warranty_months"] is not None:
            if tco(key, t, x["contract_value"])[1] > 40:
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
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


# ------------------------------------------------------------------ threshold scan
NUM_ZH = "零〇一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAD = [
    r"(?<![\d.])99\.90*" + PCT, r"百分之九十九点九(?![0-9零一二三四五六七八九])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|个?\s*小\s*时|h\b)", r"(?<![%s])四\s*个?\s*小\s*时" % NUM_ZH,
    r"(?<![a-z])four\s*-?\s*(?:\(4\)\s*)?hours?", r"(?<![\d.])240\s*(?:分\s*钟|minutes?)",
    r"(?<![\d.])0\.050*" + PCT, r"万\s*分\s*之\s*五(?![0-9零一二三四五六七八九十点])", r"千分之(?:零点五|0\.5(?!\d))",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百\s*分\s*之\s*(?:百|一百(?![零一二三四五六七八九十点]))", r"(?<![a-z])one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百\s*分\s*之\s*三\s*十(?![一二三四五六七八九点])", r"三\s*成", r"(?<![a-z])thirty" + PCT,
    r"(?<![\d.])12\s*(?:个\s*月|-?\s*months?)", r"(?<![%s])十\s*二\s*个\s*月" % NUM_ZH,
    r"(?<![a-z])twelve\s*-?\s*(?:\(12\)\s*)?months?", r"(?<![%s])一\s*年" % NUM_ZH.replace("一", "") + "|^一\s*年",
    r"(?<![a-z])one\s*-?\s*years?", r"(?<![\d.])1\s*-?\s*years?\b",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百\s*分\s*之\s*十\s*五(?![点])", r"(?<![a-z])fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百\s*分\s*之\s*四\s*十(?![一二三四五六七八九点])", r"四\s*成", r"(?<![a-z])forty" + PCT,
    r"(?<![\d.])5\s*-?\s*(?:个\s*)?(?:年(?!级)|years?)", r"(?<![%s])五\s*(?:个\s*)?年(?!级)" % NUM_ZH,
    r"(?<![a-z])five\s*-?\s*(?:\(5\)\s*)?years?", r"(?<![\d.])60\s*-?\s*(?:个\s*月|months?)", r"(?<![a-z])sixty\s*-?\s*months?",
]
BAD_RE = [re.compile(p, re.I | re.M) for p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月", "twelve months", "一年", "第一年",
            "one year", "one-year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月",
            "thirty percent", "100 per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "300%", "130%", "0.050", "十一年", "one business day", "someone yearly", "2015 years", "45%",
             "0.5%", "35%", "25 years", "二十四个月", "three years", "48 hours", "五个工作日"]


def hits(text):
    out = []
    for rx in BAD_RE:
        out += [m.group(0) for m in rx.finditer(text)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %s %s" % (s, hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs] + ["\t".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(key, text):
    return len(text) if key[4] == "z" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, name in FILES.items():
        if key not in TARGETS:
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
    covered, problems = set(), []
    for key, name in FILES.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(L[key][7]), (key, lab["expected_rules"], L[key][7])
        assert risk(lab["expected_rules"]) == DESIGN_RISK[key], key
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        # no label on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        tco_txt = ""
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            total, share = tco(key, t, lab["expected_extra"]["contract_value"])
            assert not 38 <= share <= 42, (key, share)
            tco_txt = "  TCO %.0f share %.2f%%" % (total, share)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        back = read_back(OUT / name)
        n = length(key, back)
        lo, hi = (2750, 3000) if key[4] == "z" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (key, n, lo, hi))
        for v in variants(back) + variants(SOURCES[key]):
            h = hits(v)
            if h:
                problems.append("%s threshold text %r" % (key, sorted(set(h))))
        print("%s %-60s %5d %-6s %s%s" % (key, name, n, risk(lab["expected_rules"]),
                                          ",".join(r[3:] for r in lab["expected_rules"]) or "(none)", tco_txt))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    print("all 20 rules covered")
    assert not problems, "\n".join(sorted(set(problems)))
    print("lengths and threshold scan OK")
