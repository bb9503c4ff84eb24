"""holdout215 — ten ORDINARY draft contracts (blind held-out set) and their labels.

Run with /work/main/.venv/bin/python make_files.py. The .txt/.md drafts are written as they are; the .docx/.pdf are
built with ../word_pdf.py (PDFs broken at word boundaries, wrap_words=True). The labels are written at the end from
the LABELS table, after every price sum is asserted and the policy rules are re-applied to each label's terms.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h215z01 — 市民政局殡葬管理所 殡葬服务管理平台 (system integration), 政府采购 公开招标, buyer's paper. .txt, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H215Z01 = """清源市殡葬服务管理平台建设项目合同

合同编号：QYMZ-BZ-2025-017
采购方式：公开招标（招标编号：QYCG-2025-0346）

甲方（采购人）：清源市民政局殡葬管理所
地址：清源市府前路16号
乙方（中标供应商）：湖湘云启信息技术有限公司
地址：长沙市岳麓区麓谷大道627号

根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。

第一条 项目内容
1.1 乙方负责建设清源市殡葬服务管理平台，包括遗体接运调度、殡仪服务、火化业务管理、骨灰寄存与公墓管理、惠民殡葬补贴审核、网上祭扫六个子系统，提供服务器及存储设备、车载定位调度终端、自助服务终端，并完成系统集成、部署、数据迁移以及与省民政一体化平台、公安人口信息库（死亡信息比对）、卫健部门死亡医学证明系统的接口对接。
1.2 平台部署于清源市政务云，按网络安全等级保护第三级和商用密码应用要求建设。
1.3 乙方应派驻项目经理1名、实施工程师不少于4名，项目经理未经甲方书面同意不得更换。

第二条 合同价款
2.1 合同总价为人民币贰佰贰拾伍万陆仟元整（¥2,256,000），包括设备、软件、开发、运输、安装、集成、培训、税费及质保期内服务等全部费用。分项如下：

序号  项目                              数量    金额（元）
1     服务器及存储设备                  1批     486,000
2     车载定位调度终端                  24台    163,200
3     自助服务终端                      6台     231,000
4     殡葬服务管理平台软件许可（永久）  1套     620,000
5     定制开发及接口对接                1项     548,000
6     系统集成与部署实施                1项     176,000
7     培训                              1项     31,800
      合计                                      2,256,000

其中第1至4项为软硬件小计，计人民币1,500,200元。
2.2 合同总价为固定价格，合同履行期间不因市场价格变化而调整。

第三条 付款方式
3.1 合同签订后15个工作日内，乙方向甲方提交等额预付款保函，甲方收到保函后支付合同总价的20%，即人民币451,200元，作为预付款。
3.2 系统初验合格后15个工作日内，甲方支付合同总价的45%，即人民币1,015,200元。
3.3 系统终验合格后15个工作日内，甲方支付合同总价的35%，即人民币789,600元。
3.4 乙方每次请款前应开具等额合法发票。甲方按国库集中支付程序付款，因财政审批造成的合理延误不视为甲方违约。
3.5 乙方应在合同签订前提交合同总价5%的履约保证金，终验合格后无息退还。

第四条 实施进度
4.1 合同签订后30日内完成全部设备到货和安装。
4.2 合同签订后90日内完成系统部署、数据迁移与接口对接，并书面提请初验。
4.3 初验合格后进入为期60日的试运行，试运行结束后10日内组织终验。

第五条 验收
5.1 初验标准：（1）六个子系统的功能全部符合招标文件技术要求和双方确认的需求规格说明书；（2）与省民政一体化平台、公安人口信息库、死亡医学证明系统的接口连续10日数据交换无差错；（3）200个并发用户下主要业务操作响应时间不超过2秒；（4）通过第三方等级保护测评和商用密码应用安全性评估。
5.2 终验标准：试运行期间未发生一级故障；试运行中发现的问题全部关闭；历史纸质台账迁移数据经甲方抽样核对一致；用户手册、运维手册、接口文档和定制开发源代码移交完毕。
5.3 验收由甲方组织，必要时邀请专家参加，验收合格后出具书面验收报告。设备到货签收、系统上线运行或甲方使用系统，均不视为验收合格。
5.4 验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。

第六条 质量保证与运维服务
6.1 免费质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、版本升级和现场技术支持。
6.2 质保期满后，如甲方需要，乙方应继续提供年度维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币120,016元），该标准在质保期满后两年内不得上调。维保服务须另行签订书面合同，不自动续期。
6.3 服务水平：平台月度可用率不低于99.98%。一级故障（平台整体不可用或火化业务无法办理）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单一子系统或接口异常）2小时内响应，次日内解决；三级问题3个工作日内解决。
6.4 乙方未达到上述服务水平的，一级故障每超时1小时扣减履约保证金或应付款项人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币1,500元。

第七条 数据安全
7.1 本项目涉及的逝者信息、家属个人信息、业务数据及系统日志均属于甲方所有，乙方仅可为履行本合同而处理，不得留存、复制、向任何第三方提供或用于其他目的。
7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，在政务云内落实访问控制、敏感信息加密存储和操作审计，远程运维须经甲方逐次审批并通过堡垒机进行。
7.3 发生数据泄露、篡改、丢失或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方因此遭受的全部损失。

第八条 保密
8.1 乙方对履行本合同过程中知悉的甲方工作秘密、个人信息及技术资料负有保密义务，未经甲方书面同意不得向第三方披露。
8.2 保密义务不因本合同的终止而终止。

第九条 知识产权
9.1 本项目定制开发的功能模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改。
9.2 平台标准软件的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
9.3 乙方保证所提供的设备和软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。

第十条 违约责任
10.1 乙方逾期交付设备、逾期提请验收或逾期通过终验的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
10.3 违约金不足以弥补守约方损失的，守约方有权继续要求赔偿。

第十一条 分包
本项目不得分包或转包。

第十二条 合同解除
12.1 乙方逾期超过30日、经两次验收仍不合格，或发生其他重大违约且在甲方书面通知后15日内未纠正的，甲方有权书面解除本合同，乙方应退还已收款项并承担违约责任。
12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。

第十三条 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同发生的争议，双方协商解决；协商不成的，提交清源仲裁委员会仲裁。

第十四条 其他
14.1 招标文件、投标文件、中标通知书及需求规格说明书均为本合同的组成部分。
14.2 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份。

甲方（盖章）：清源市民政局殡葬管理所        乙方（盖章）：湖湘云启信息技术有限公司
授权代表：                                  授权代表：
日期：2025年  月  日                        日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h215z02 — 发动机缸体工厂 缸体气密性检测设备 + 质保期满后维保. .docx (Word price table), 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H215Z02 = """T:缸体气密性检测设备采购及维保服务合同
P:合同编号：HYDL-SB-2025-0412
P:甲方（买方）：华岳动力机械有限公司缸体工厂，地址：芜湖市鸠江区万春东路318号
P:乙方（卖方）：苏州精测自动化设备有限公司，地址：苏州市吴中区东吴南路77号
P:甲方因缸体机加工线（G4线）产能扩建，需采购缸体气密性检测设备，并取得质保期满后的维保服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供四台缸体气密性检测机及配套封堵工装、标准漏孔校准装置、数据采集与追溯软件和首批备品备件，负责运输、安装、调试以及与甲方生产线PLC和MES系统的对接，并提供操作和维修培训。
P:（二）设备及价格明细如下：
TB:序号|名称|规格及数量|单价（元）|金额（元）
TB:1|缸体气密性检测机|差压式，水道/油道/缸孔三工位，4台|628,000|2,512,000
TB:2|自动封堵工装夹具|按G4缸体图纸定制，8套|46,500|372,000
TB:3|标准漏孔及校准装置|2套|38,000|76,000
TB:4|数据采集与追溯软件|永久许可，含MES接口，1套|128,000|128,000
TB:5|首批备品备件|1批|58,000|58,000
TB:|设备及软件小计|||3,146,000
TB:6|安装调试|1项|168,000|168,000
TB:7|培训|1项|26,000|26,000
TB:|合同总价|||3,340,000
P:（三）合同总价为人民币叁佰叁拾肆万元整（¥3,340,000），含13%增值税及运输、保险、安装调试和培训费用。合同总价为固定价格。
H:二、技术要求
P:（一）检测方式为差压法：水道测试压力200 kPa，油道测试压力500 kPa，缸孔测试压力150 kPa，泄漏判定阈值可按缸体型号设定，压力分辨率0.1 Pa。
P:（二）单件检测节拍不超过58秒；测量系统分析GR&R不大于10%；误判率不大于0.2%。
P:（三）每件缸体的二维码、泄漏值、压力曲线和判定结果自动上传甲方MES系统，设备本地保存不少于90日。
P:（四）设备符合GB/T 5226.1电气安全要求，具备防错、急停和安全光幕；操作界面为中文，可按甲方要求设置操作、工艺和管理三级权限，参数修改留存记录。
P:（五）乙方提供的易损件清单应注明更换周期和单价，乙方保证设备停产后十年内持续供应备件。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即人民币334,000元。
P:（二）全部设备到厂并经开箱检验后，甲方支付合同总价的50%，即人民币1,670,000元。开箱检验仅核对数量、型号和外观，不构成验收。
P:（三）终验收合格后，甲方支付合同总价的35%，即人民币1,169,000元。
P:（四）余款5%即人民币167,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内支付。
H:四、交货与安装
P:（一）合同生效后90日内，乙方将全部设备运抵甲方缸体工厂。
P:（二）设备到厂后30日内，乙方完成安装调试并书面提请终验收。
P:（三）乙方安装人员应遵守甲方厂区安全、环保及5S管理规定，进厂前接受甲方安全培训，动火、登高作业须办理作业许可。
P:（四）乙方应为甲方操作工和维修工各提供不少于3天的现场培训，培训合格后方可独立上岗，并提交培训记录。
H:五、验收
P:（一）预验收：设备发运前在乙方工厂进行，使用甲方提供的合格缸体和带标准漏孔的缺陷缸体各50件，判定结果应全部正确，节拍和GR&R满足本合同第二条要求，双方签署预验收记录后方可发运。
P:（二）终验收：安装调试完成后连续生产20个工作日且检测缸体不少于8,000件，误判率不大于0.2%，未发生一级故障，检测数据上传MES完整无缺；乙方提交图纸、说明书、程序备份及培训记录后，双方签署终验收报告。
P:（三）设备到货、安装完成或投入生产使用，均不视为终验收合格。终验收不合格的，乙方应在15日内整改并重新验收。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自终验收合格之日起计算。质保期内，非甲方原因造成的故障由乙方免费维修、更换零部件，并每季度免费进行一次标定和预防性维护。
P:（二）质保期满后，乙方为甲方提供三年维保服务，内容与质保期内相同，包括易损件（密封圈、快插接头）的更换。年度维保费为设备及软件小计的17.5%，即每年人民币550,550元，三年内固定不变，按季度于服务期结束后支付。
P:（三）服务响应：一级故障（检测机停机导致生产线停线）乙方应在30分钟内电话响应，3小时内到达现场，8小时内修复；二级故障（单工位故障或误判率异常）2小时内响应，24小时内修复。
P:（四）乙方超过上述时限的，每超时1小时向甲方支付违约金人民币2,000元，甲方可从质量保证金或维保费中扣除。
P:（五）三年维保期满后是否续签，由双方另行协商并签订书面合同。
H:七、数据与网络安全
P:（一）检测数据、压力曲线、追溯记录以及甲方提供的工艺参数均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）设备接入甲方工控网络前，乙方应关闭不必要的端口和服务并提交安全配置清单；远程诊断须经甲方逐次审批，通过甲方VPN和堡垒机进行，全程记录。
P:（三）乙方提供的软件不得含有恶意代码或未声明的远程通道。因乙方原因导致数据泄露、篡改或工控安全事件的，乙方应在2小时内通知甲方，配合处置，并承担全部赔偿责任。
H:八、保密
P:乙方对甲方提供的缸体图纸、工艺参数、产能及生产计划等资料负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后五年。
H:九、知识产权
P:（一）按甲方图纸定制的封堵工装设计图纸、检测程序参数及MES接口程序的知识产权归甲方所有，乙方应交付完整图纸和接口源代码，甲方可自行修改或委托第三方使用。
P:（二）设备本体及标准软件的知识产权归乙方，乙方授予甲方永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之四向甲方支付违约金，累计不超过合同总价的5%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失、人身伤害以及违反本合同第七条、第八条造成的损失除外。
H:十一、分包
P:封堵工装的机加工可由乙方委托外协厂家完成，但外协厂家须事先取得甲方书面同意，乙方对外协部分承担全部责任。其他工作不得分包。
H:十二、合同解除
P:乙方逾期交货超过45日，或设备两次终验收不合格，或有其他重大违约经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并承担违约责任。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十四、其他
P:（一）技术协议、缸体图纸清单和预验收方案为本合同附件，与本合同具有同等效力。
P:（二）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：华岳动力机械有限公司缸体工厂　　乙方（盖章）：苏州精测自动化设备有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h215z03 — KTV 连锁 包房预订与会员 SaaS（三年）+ 实施. .md, Markdown headings "## N." + N.N
# ---------------------------------------------------------------------------------------------------------------
H215Z03 = """# 包房预订与会员管理 SaaS 服务合同

合同编号：SHYL-IT-2025-088

- **甲方（客户）**：声海娱乐连锁管理有限公司，住所：南京市秦淮区中山南路219号
- **乙方（服务商）**：欢唱云（杭州）科技有限公司，住所：杭州市滨江区江南大道588号

甲方在华东地区经营62家KTV门店，拟统一使用乙方“欢唱云”包房预订与会员管理平台，替换各门店现有的单机预订和会员系统。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方以软件即服务（SaaS）方式向甲方全部门店提供：包房在线预订（微信小程序、公众号及美团、抖音渠道对接）、包房状态与开台管理、会员储值与积分、营销活动与优惠券、酒水套餐管理、门店经营报表和总部驾驶舱。

1.2 乙方负责实施服务，包括门店基础数据和包房房型配置、原会员系统约86万条会员数据及储值余额迁移、与甲方收银系统和点歌系统的接口对接、店长及前台人员培训。

1.3 服务期为三年，自全部门店上线验收合格之日起计算。

1.4 甲方负责各门店的网络接入、前台电脑和小票打印机等终端设备，并指定总部项目负责人一名，负责需求确认、数据提供和验收组织。乙方应指定项目经理一名，实施期间每周向甲方提交书面进度报告。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 980元/店/月 × 62店 × 36个月 | 2,187,360 |
| 实施服务费 | 一次性 | 186,000 |
| **合计** | | **2,373,360** |

2.1 合同总价为人民币2,373,360元（含6%增值税）。短信超出套餐的部分由甲方按实际发送量另行结算，不计入合同总价。

2.2 服务期内新开门店按同一单价增加订阅，服务期与本合同同步届满。

## 3. 付款

3.1 本合同不设预付款。

3.2 订阅费按季度结算。乙方于每季度结束后10个工作日内提供账单和服务报告，甲方核对无误后15个工作日内支付当季费用。

3.3 实施服务费在上线验收合格后20个工作日内一次性支付。

3.4 乙方应在甲方付款前开具合法有效的增值税专用发票。

## 4. 实施与上线验收

4.1 乙方应在合同签订后75日内完成全部门店上线，并书面提请上线验收。

4.2 上线验收标准：（1）62家门店全部开通，预订、开台、续房、结账全流程测试通过；（2）会员数据和储值余额迁移后与原系统逐条核对一致，差额为零；（3）与收银系统、点歌系统的接口连续10日无差错；（4）3,000个并发预订请求下页面响应时间不超过2秒。

4.3 验收合格后双方签署上线验收单。门店开始使用系统或甲方支付任何费用，均不视为验收合格。

4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金人民币1,500元。

## 5. 服务水平

5.1 平台月度可用率不低于99.5%。计划内维护须提前48小时通知甲方，并安排在每日06:00—09:00之间进行，不计入不可用时间。

5.2 故障分级及响应：P1故障（全部或多家门店无法预订、开台或结账）15分钟内响应，2小时内恢复；P2故障（单店或单一功能异常）1小时内响应，8小时内恢复；P3咨询类问题次一工作日答复。

5.3 服务抵扣：月度可用率低于承诺值的，按当月订阅费的5%抵扣；低于99.0%的，按当月订阅费的10%抵扣；P1故障超过恢复时限的，每次另抵扣当月订阅费的2%。抵扣金额在下一季度账单中扣减。

5.4 乙方应每季度向甲方提交服务报告，内容包括可用率统计、故障清单及处理记录、版本更新说明和安全事件情况；甲方对报告有异议的，双方应在10个工作日内核对确认。

## 6. 数据归属与使用

6.1 甲方的会员信息、消费记录、预订记录等业务数据（“甲方数据”）归甲方所有。

6.2 甲方同意，乙方可对甲方数据进行去标识化处理后，与乙方其他客户的数据汇总，用于编制KTV行业消费趋势报告、优化推荐算法和开发新产品；该使用权在本合同终止后继续有效。

6.3 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据并交付甲方，随后删除其系统中的甲方数据（第6.2条所述去标识化数据除外）。

## 7. 数据安全

7.1 平台部署于境内云服务商的数据中心，已通过网络安全等级保护第三级测评。乙方应对会员手机号、身份信息等个人信息加密存储，实行最小权限访问和操作日志审计。

7.2 发生数据泄露、篡改或丢失的，乙方应在发现后2小时内通知甲方，并配合甲方履行《个人信息保护法》规定的告知和报告义务；因乙方原因造成的，乙方承担甲方的全部损失及由此产生的行政处罚后果。

## 8. 保密

8.1 双方对在履行本合同过程中获悉的对方商业秘密（包括门店经营数据、价格政策、营销方案和乙方的技术资料）负有保密义务，未经对方书面同意不得向第三方披露。

8.2 保密义务在本合同终止后三年内继续有效。

## 9. 知识产权

9.1 平台软件及其后续版本的知识产权归乙方所有。

9.2 乙方为甲方定制的小程序页面、会员等级规则配置、经营报表及接口程序，知识产权归甲方所有，甲方可自由使用、修改，并可交由第三方维护。

## 10. 分包

乙方可使用附件二列明的云服务商和短信通道服务商；除此以外的任何分包，须事先取得甲方书面同意。

## 11. 续期

11.1 服务期届满前30日内任何一方未书面提出异议的，本合同自动续期一年，续期次数不限。

11.2 每次续期时，乙方有权根据市场情况调整订阅单价，调价幅度不超过上一期单价的8%，乙方书面通知甲方即生效。

## 12. 责任限制

乙方在本合同项下的累计赔偿责任以合同总价的150%为限；因乙方违反第7条、第8条给甲方造成的损失不受此限。

## 13. 合同解除

13.1 任何一方严重违约，经对方书面通知后30日内未纠正的，守约方有权解除本合同。

13.2 月度可用率连续三个月低于承诺值的，甲方可以书面通知解除本合同，且无须承担任何违约责任。

## 14. 不可抗力

因地震、洪水、战争、政府行为等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免责；影响持续超过60日的，任何一方可解除本合同。因乙方自身系统缺陷或云服务商故障导致的中断不属于不可抗力。

## 15. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交杭州仲裁委员会仲裁。

## 16. 其他

16.1 附件一《服务说明》、附件二《第三方服务商清单》为本合同组成部分。

16.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：声海娱乐连锁管理有限公司　　　乙方（盖章）：欢唱云（杭州）科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h215z04 — 县老龄工作委员会办公室 居家养老服务平台 年度运维, 政府采购 单一来源. .pdf, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H215Z04 = """T:云岭县居家养老服务平台运维服务合同
P:项目编号：YLCG-2025-DY-009（单一来源采购）
P:甲方（采购人）：云岭县老龄工作委员会办公室，地址：云岭县人民路45号
P:乙方（供应商）：云岭智慧康养科技有限公司，地址：云岭县科技园区创业路9号
P:鉴于乙方为云岭县居家养老服务平台的原建设单位，平台的源代码、接口和终端通信协议由乙方掌握，经县财政局批准，本项目采用单一来源方式采购。双方根据《中华人民共和国政府采购法》《中华人民共和国民法典》及单一来源协商结果，签订本合同。
H:第一条 服务范围
P:（一）平台系统运维：对居家养老服务平台（服务工单、服务商管理、政府购买服务结算、老人档案、监管大屏）和“云岭颐养”小程序进行日常监控、故障处理、安全加固、版本更新和数据备份。
P:（二）应用维护：按甲方书面要求进行功能优化和报表调整，全年不超过300人日。
P:（三）12349养老服务热线坐席：提供6个坐席，全年每日24小时值守，负责紧急呼叫接听、服务派单和回访。
P:（四）终端维护：全县3,200户独居、失能老人家中的智能呼叫器、烟感和门磁终端的维修与更换，备件费用包干。
P:（五）配合年度等级保护测评并完成整改，对甲方及乡镇工作人员进行操作培训，全年不少于4期。
P:（六）数据维护：每月将老人档案与民政、卫健、公安部门共享的户籍、死亡和失能评估数据进行比对更新，比对结果经甲方确认后入库，对服务商结算数据进行月度核对。
H:第二条 服务期限与人员
P:（一）服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自然终止，不自动续期；续签须依法重新履行政府采购程序。
P:（二）乙方应配备项目经理1名、驻场运维工程师2名、终端维修人员3名，人员名单报甲方备案，更换须经甲方同意。驻场人员工作时间为工作日8:30至17:30，节假日及夜间实行电话值班和远程支持。
P:（三）甲方负责提供政务云资源、办公场所和必要的网络接入，协调民政、卫健、公安等部门的数据接口，并指定专人负责日常联络和考核。
H:第三条 合同价款
P:（一）合同总价为人民币捌拾壹万元整（¥810,000），包含人员、备件、差旅、税费等全部费用。
P:（二）分项价格：系统运维及应用维护268,000元；热线坐席服务388,800元；终端维修与更换96,000元；等保测评配合及安全加固42,000元；培训15,200元。
H:第四条 付款方式
P:（一）本合同不设预付款。
P:（二）服务费按季度支付。每季度结束后，甲方按本合同第六条进行季度考核，考核合格后15个工作日内支付当季服务费（合同总价的四分之一，即人民币202,500元），并扣除考核扣款。第四季度服务费在年度验收合格后支付。
P:（三）乙方应在每次付款前开具合法发票。
H:第五条 服务水平
P:（一）平台月度可用率不低于99.95%。
P:（二）一级故障（平台整体不可用、热线无法接通或紧急呼叫告警无法推送）乙方应在15分钟内响应，2小时内恢复；二级故障（单一功能或单一乡镇数据异常）1小时内响应，8小时内解决；三级问题3个工作日内解决。
P:（三）紧急呼叫告警应在60秒内推送至值班坐席和签约服务商，坐席应在15秒内接听来电。
P:（四）终端故障自接报起48小时内上门维修或更换。
P:（五）乙方每月向甲方提交运维月报，每日进行数据备份，每季度进行一次恢复演练，并在演练后提交演练报告。
P:（六）乙方应每月开展一次漏洞扫描，高危漏洞在发现后3个工作日内完成修复，中危漏洞在15个工作日内完成修复，修复情况纳入运维月报。
H:第六条 考核与验收
P:（一）季度考核指标包括：平台可用率、故障响应与恢复时限、告警推送时限、坐席接听时限、回访满意度（不低于90分）和工单按时办结情况。甲方依据平台日志、热线录音和抽查结果出具季度考核表。
P:（二）年度验收：服务期满前，甲方组织对全年服务进行验收，内容包括季度考核记录、运维文档、数据备份完整性检查以及功能优化源代码的移交，验收合格后出具书面验收意见。
P:（三）考核扣款：可用率每低于承诺值0.01个百分点，扣当季服务费1,000元；一级故障每超时1小时扣800元；告警推送或坐席接听超时每次扣200元。
H:第七条 数据安全
P:（一）平台数据（老人身份信息、健康状况、家庭住址、服务记录和通话录音）属于甲方所有，乙方仅为履行本合同进行处理，不得用于任何其他目的，不得向第三方提供。
P:（二）平台部署于县政务云，乙方应落实网络安全等级保护第三级要求，对敏感个人信息加密存储，运维操作经堡垒机进行并全程审计，严禁将数据导出至政务云以外。
P:（三）发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:第八条 保密
P:乙方及其工作人员对在服务过程中知悉的老年人个人信息、甲方工作秘密负有保密义务，不得泄露；乙方应与其工作人员签订保密承诺书，并对坐席人员进行保密培训；坐席人员离岗时应注销其平台账号。保密义务在合同终止后继续有效。
H:第九条 知识产权
P:服务期内乙方为甲方开发的功能优化、报表和接口程序，其知识产权归甲方所有，乙方应在年度验收时移交源代码和文档，甲方可自行或委托第三方修改使用。
H:第十条 分包
P:乙方可将12349热线坐席服务委托具备相应资质的呼叫中心服务机构承担，但应提前5个工作日书面告知甲方所委托机构的名称和人员，乙方对其服务质量承担全部责任。其他服务不得分包。
H:第十一条 违约责任
P:（一）乙方未能自2025年7月1日起按约提供服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金和考核扣款）不超过合同总价的50%，但违反本合同第七条造成的损失除外。
P:（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 合同解除
P:乙方连续两个季度考核不合格，或发生重大数据安全事件，或有其他重大违约经甲方书面催告后10日内未纠正的，甲方有权解除本合同，并按实际服务期间和考核结果结算费用。
H:第十三条 不可抗力
P:因自然灾害、公共卫生事件等不可抗力导致不能履行的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任；但乙方应尽力保障紧急呼叫业务的连续运行。
H:第十四条 交接
P:合同终止或解除时，乙方应在15日内向甲方或甲方指定的单位移交全部运维文档、账号权限和数据，并配合完成平稳过渡。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向云岭县人民法院提起诉讼。
H:第十六条 其他
P:单一来源采购文件、协商记录和乙方响应文件为本合同组成部分。本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方一份，县财政局备案一份。
P:甲方（盖章）：云岭县老龄工作委员会办公室　　乙方（盖章）：云岭智慧康养科技有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h215z05 — 豆瓣酱生产企业 MES 软件许可 + 定制开发, 乙方标准合同文本. .md, "### 第X条" + X.Y
# ---------------------------------------------------------------------------------------------------------------
H215Z05 = """# 智造通MES软件许可及实施服务合同

**（乙方标准合同文本 V4.0）**

合同编号：ZZT-2025-SC-0217

甲方：蜀香源酿造食品有限公司
住所：成都市郫都区安德街道川菜园区兴业路12号

乙方：成都智造通软件有限公司
住所：成都市高新区天府大道中段1268号

甲方为豆瓣酱生产企业，拟引入制造执行系统（MES），实现从原料收购、发酵晒制到灌装出厂的全过程管理。乙方是“智造通MES”软件的著作权人。双方经友好协商，就软件许可及实施服务事宜订立本合同。

### 第一条 合同标的

1.1 乙方向甲方提供“智造通MES V4”软件（以下简称“许可软件”）的永久使用许可，许可范围为甲方三个生产基地（郫都主厂、新津分厂、眉山晒场）、200个并发用户。

1.2 乙方按甲方需求进行定制开发，内容包括：豆瓣酱发酵晒场管理（翻晒、发酵周期、温湿度记录）、辣椒与蚕豆原料批次追溯、配方与投料管理、质检数据采集，以及与甲方ERP（用友U9）和WMS系统的接口。

1.3 实施服务：软件安装部署、基础数据导入、用户培训和上线支持。

1.4 交付物：许可软件安装介质及授权文件、需求说明书、系统配置文档、操作手册和培训记录。定制开发部分以可执行程序形式交付。

### 第二条 合同价款

| 项目 | 金额（元） |
|---|---|
| 许可软件费用（永久许可） | 1,080,000 |
| 定制开发费 | 260,000 |
| 实施服务费 | 100,000 |
| **合同总价** | **1,440,000** |

2.1 上述价格含6%增值税。超出本合同约定范围的需求变更，按乙方人员2,500元/人日另行计费。

2.2 甲方服务器、数据库、操作系统、网络设备及第三方软件由甲方自行采购，不包含在合同总价内。

### 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，计人民币792,000元。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%，计人民币648,000元。

3.3 甲方逾期付款的，乙方有权暂停实施或服务，工期相应顺延，并有权要求甲方按每日千分之一支付逾期付款违约金。

### 第四条 实施与交付

4.1 乙方在收到首期款后120日内完成部署上线。因甲方需求变更、数据准备或硬件环境延误的，工期相应顺延。

4.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的3%。

4.3 甲方应指定项目负责人，及时确认需求说明书、提供基础数据并组织人员参加培训。

4.4 实施分为需求调研、系统配置与定制开发、数据导入、用户培训、上线切换五个阶段。乙方每两周向甲方提交一次实施进度报告；需求说明书经甲方签字确认后，作为定制开发的依据。

4.5 乙方为甲方关键用户提供不超过10天的集中培训，并提供操作手册电子版。

### 第五条 验收

5.1 许可软件安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方如对上线结果有异议，应在上线后5个工作日内书面提出；逾期未提出的，视为验收通过。定制开发功能以乙方提交的功能清单为准。

### 第六条 免费维护

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持、缺陷修复和补丁更新。现场服务按2,500元/人日另行收费。

6.2 故障响应：一级故障（系统无法登录或生产数据无法录入）乙方在工作时间内8小时内响应；二级故障2个工作日内响应；其他问题在下一版本中统一处理。

6.3 乙方超过上述响应时限的，每次向甲方支付人民币300元。

6.4 下列情形不属于免费维护范围：甲方或第三方修改系统造成的故障；甲方硬件、网络、数据库或操作系统故障；不可抗力；甲方新增需求。

### 第七条 维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护合同。年度维护费为许可软件费用的25%，即每年人民币270,000元，于每个维护年度开始前一次性支付。

7.2 年度维护合同期满自动续期一年，维护费标准不变。甲方未按时续费的，乙方停止提供补丁、版本升级和技术支持，恢复服务时甲方应补缴中断期间的维护费。

7.3 年度维护服务内容包括：远程技术支持、缺陷修复、补丁和小版本升级、每年一次系统健康检查。大版本升级、新增功能和现场服务另行收费。

### 第八条 知识产权

8.1 许可软件及其文档的著作权和其他知识产权归乙方所有。

8.2 乙方为甲方完成的定制开发成果（包括源代码、接口程序、报表模板及相关文档）的知识产权归乙方所有，甲方在许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，亦不得向第三方提供。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

### 第九条 数据

9.1 甲方生产数据归甲方所有。乙方应采取合理的技术措施保护甲方数据安全，对远程维护账号专人管理、用后关闭；因乙方过错导致甲方数据泄露的，乙方应在知悉后24小时内通知甲方，并承担相应的赔偿责任。

9.2 甲方同意，乙方可对甲方的工艺参数、发酵数据和设备运行数据进行脱敏处理后，用于乙方行业模型训练、产品改进及行业解决方案推广。

9.3 系统部署在甲方机房，数据备份由甲方负责；乙方可协助制定备份策略。

### 第十条 保密

10.1 双方对在合作中获悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意，不得向第三方披露。甲方的配方、工艺参数属于甲方商业秘密。

10.2 保密义务在本合同终止后两年内继续有效。

### 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%。

11.2 乙方不对甲方的间接损失、利润损失、停产损失或数据恢复费用承担责任。

### 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方可以解除本合同。

12.2 合同解除的，甲方已支付的许可软件费用不予退还，甲方应按实际完成的工作量支付定制开发费和实施服务费。

### 第十三条 不可抗力

因不可抗力不能履行合同的，受影响方应在事件发生后10日内通知对方并提供证明，在影响范围内免除责任。

### 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，由乙方所在地人民法院管辖。

### 第十五条 其他

15.1 本合同附件为《需求说明书》和《定制开发功能清单》，与本合同具有同等效力。

15.2 本合同自双方盖章之日起生效，一式四份，双方各执两份。

甲方（盖章）：蜀香源酿造食品有限公司　　　乙方（盖章）：成都智造通软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h215e01 — Ningbo stationery maker: packaging-die design software, perpetual licence + configuration + support;
# vendor on the island of Lindau (German style). .pdf, "§ N" + "(1)"
# ---------------------------------------------------------------------------------------------------------------
H215E01 = """T:Software Licence and Services Agreement - DieLine Pro
P:Contract No. BCF-CN-2025-031
P:between Bodensee CutForm Software GmbH, Inselgraben 14, 88131 Lindau (Bodensee), Germany, registered with the commercial register of the Local Court of Kempten under HRB 17742 (the "Vendor"),
P:and Ningbo Hanmo Stationery Co., Ltd., No. 88 Jinyuan Road, Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China (the "Customer").
H:Preamble
P:The Customer makes stationery and designs the folding cartons and blister cards in which it is sold. It wishes to use the Vendor's DieLine Pro software to design packaging dies and to have it configured for its products and die-making equipment. At the Customer's request all prices are stated and paid in Chinese Yuan Renminbi (CNY).
H:§ 1 Subject matter
P:(1) The Vendor grants the Customer the licence described in § 3 to the standard software listed in § 2 (the "Software") and renders the configuration, migration and training services described in Annex 2 (the "Services").
P:(2) The Software is delivered in release 9.2 with documentation in English and Chinese.
P:(3) Annexes 1 (System Requirements), 2 (Service Description), 3 (Acceptance Tests) and 4 (Approved Local Partner) form part of this Agreement. General terms and conditions of either party do not apply.
H:§ 2 Prices
P:(1) The prices are fixed prices in CNY, including Chinese VAT, and are as follows:
P:a) DieLine Pro Designer, perpetual named-user licence, 8 users at CNY 118,000: CNY 944,000;
P:b) 3D Fold Simulation module, perpetual named-user licence, 2 users at CNY 76,000: CNY 152,000;
P:c) CAM Output module for the Customer's laser die-board cutter and automatic rule bender, perpetual site licence: CNY 138,000;
P:Licence Fee subtotal (items a to c): CNY 1,234,000;
P:d) configuration services (library of 60 parametric stationery packaging styles, post-processors for the die-shop machines, interface to the Customer's ERP and PLM systems): CNY 286,000;
P:e) migration of 1,800 legacy die-line files into the DieLine Pro format: CNY 72,000;
P:f) training of 14 packaging designers and 3 die-shop technicians: CNY 38,000.
P:(2) The total price is CNY 1,630,000 (the "Contract Price"), including all travel expenses.
H:§ 3 Licence
P:(1) The Vendor grants the Customer a non-exclusive, perpetual and irrevocable right to use the Software for its own business and that of its affiliates in the People's Republic of China, within the named users in § 2, which may be reassigned at any time.
P:(2) The Customer may make the copies required for secure operation, including backup and test installations.
H:§ 4 Payment
P:(1) 20 % of the Contract Price is payable within 15 days after signature of this Agreement and receipt of the Vendor's invoice.
P:(2) 45 % of the Contract Price is payable after the Vendor has installed and configured the system and the Customer has confirmed in writing that it is ready for acceptance testing ("Operational Readiness"). This confirmation is not an acceptance.
P:(3) 35 % of the Contract Price is payable within 20 days after Final Acceptance under § 6.
P:(4) Payments are made in CNY by bank transfer.
H:§ 5 Rights in work results
P:(1) All rights in the Software remain with the Vendor, subject to the licence granted in § 3.
P:(2) All work results created specifically for the Customer under this Agreement, in particular the parametric templates, the post-processors, the interface code, the migrated files and the project documentation ("Customer Work Results"), belong to the Customer. The Vendor hereby assigns to the Customer all transferable rights in them; to the extent rights cannot be assigned, the Vendor grants the Customer an exclusive, perpetual and irrevocable right of use without restriction as to content, time or place, including the right to modify them, to have them modified by third parties and to license them to others.
P:(3) The Vendor delivers the source code of the post-processors and of the interface code on Final Acceptance.
H:§ 6 Acceptance
P:(1) After Operational Readiness the Customer tests the system for 20 working days according to Annex 3. The system is accepted only if: a) all 60 templates generate die-lines within a tolerance of 0.1 mm of the reference drawings; b) the output of 20 sample jobs is processed by the laser die-board cutter and the rule bender without manual correction; c) all 1,800 migrated files open and a sample of 90 files matches the originals; d) the ERP and PLM interface transfers article data and die numbers without error on ten consecutive working days; e) no defect of Severity 1 or 2 is open.
P:(2) If the criteria are met, the Customer signs the acceptance certificate ("Final Acceptance"); otherwise the Vendor remedies the defects within 15 days and the tests are repeated.
P:(3) Productive use of the system, payment or the mere lapse of time shall not be deemed acceptance.
H:§ 7 Schedule and delay
P:(1) The Vendor shall achieve Operational Readiness within 16 weeks and Final Acceptance within 22 weeks after signature of this Agreement.
P:(2) If the Vendor misses either date for reasons for which it is responsible, it pays a contractual penalty of 0.08 % of the Contract Price for each calendar day of delay, limited to 8 % of the Contract Price. Further damages remain unaffected; the penalty is credited against them.
H:§ 8 Warranty for defects
P:(1) The Vendor warrants that the Software and the Customer Work Results conform to Annex 2 and are free from defects and third-party rights.
P:(2) The warranty period is 24 months from Final Acceptance. During this period the Vendor remedies defects free of charge, by correction or replacement at its choice, and delivers all new releases of the Software free of charge.
P:(3) If subsequent performance fails twice, the Customer may reduce the price or rescind the contract for the affected part and claim damages in accordance with § 13.
H:§ 9 Software maintenance after the warranty period
P:(1) After the warranty period the Vendor shall, on the Customer's order, provide software maintenance (new releases, hotline, remote support and the service levels of § 10) for an annual fee of 11.5 % of the Licence Fee subtotal, i.e. CNY 141,910 per year.
P:(2) This fee is fixed for the first three maintenance years. Any later change requires a written agreement of both parties; the Vendor may not change it unilaterally.
P:(3) Maintenance is ordered year by year by written order of the Customer. It does not renew automatically.
H:§ 10 Service levels
P:(1) The hotline is staffed in English and Chinese from 08:00 to 20:00 China Standard Time on working days; Severity 1 incidents may be reported at any time.
P:(2) Severity 1 (the Software or the CAM output cannot be used by any user): response within 2 hours, workaround within 8 hours; Severity 2 (a major function is impaired): response by the end of the next working day, workaround within three working days; Severity 3: correction in the next release.
P:(3) If the Vendor exceeds the Severity 1 response or workaround time, it pays CNY 1,200 for each commenced hour, during the warranty period and during maintenance alike. In maintenance years the amount is credited against the next annual fee.
H:§ 11 Data protection and data security
P:(1) All design files, product data and production data of the Customer ("Customer Data") belong exclusively to the Customer. The Vendor processes Customer Data only to perform this Agreement and on the Customer's instructions.
P:(2) The Software is installed on the Customer's servers in Ningbo. The Vendor accesses them only through remote sessions opened by the Customer for the specific incident and recorded by the Customer. The Vendor stores no Customer Data outside the Customer's systems, and in particular not outside the People's Republic of China, except test files the Customer expressly releases.
P:(3) The Vendor complies with the PRC Data Security Law and Personal Information Protection Law and protects its remote-access workstations by multi-factor authentication.
P:(4) The Vendor notifies the Customer of any security incident affecting Customer Data within 24 hours, supports the investigation and remediation, and bears the damage caused by incidents for which it is responsible.
H:§ 12 Confidentiality
P:(1) Each party shall keep confidential all information of the other party that is designated or recognisably confidential, in particular the Customer's packaging designs before launch and the Vendor's source code, and use it only for this Agreement.
P:(2) This obligation continues for five years after the end of this Agreement.
H:§ 13 Liability
P:(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, under any guarantee given and under product liability law.
P:(2) In all other cases the Vendor's total liability under this Agreement is limited to 150 % of the Contract Price.
H:§ 14 Subcontractors
P:(1) On-site installation support in Ningbo is performed by the Vendor's partner named in Annex 4, which is approved by the signature of this Agreement.
P:(2) Any other subcontractor requires the Customer's prior written consent. The Vendor is responsible for its subcontractors as for its own performance.
H:§ 15 Term
P:The licence under § 3 is perpetual; maintenance follows § 9.
H:§ 16 Termination for good cause
P:(1) Either party may terminate this Agreement for good cause by written notice. Good cause for the Customer exists in particular if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the contractual penalty under § 7 reaches its limit.
H:§ 17 Final provisions
P:(1) This Agreement is governed by the laws of the People's Republic of China. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:(2) All disputes arising out of or in connection with this Agreement shall be finally settled under the Arbitration Rules of the German Arbitration Institute (DIS) without recourse to the ordinary courts. The seat of arbitration is Lindau (Bodensee), Germany. The tribunal consists of three arbitrators and the language of the proceedings is English.
P:(3) Amendments must be made in writing. Should any provision be invalid, the remaining provisions remain valid.
P:Lindau / Ningbo, on ______________ 2025
P:For the Vendor: ______________________    For the Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h215e02 — Dunhuang desert camp: reservation SaaS, Order Form + General Terms of Service; vendor on the Isola del
# Lazzaretto (Italian style). .txt, Order Form items + "Art. N (title)" with N.N
# ---------------------------------------------------------------------------------------------------------------
H215E02 = """ORDER FORM No. LHS-OF-2025-0093
for the CampDesk Reservations service, subject to the General Terms of Service (version 3.1) printed below

VENDOR
Lazzaretto Hospitality Software S.r.l.
Isola del Lazzaretto Nuovo, 30141 Venezia (VE), Italy
VAT No. IT04418270271 - share capital EUR 50,000 fully paid - Venezia Rovigo Companies' Register
Certified e-mail (PEC): lazzaretto.hs@pec.example.it

CUSTOMER
Dunhuang Mingsha Starlight Camp Co., Ltd.
Yueyaquan Town, Dunhuang, Gansu Province, People's Republic of China

1. SERVICE
CampDesk Reservations, cloud edition, for the Customer's desert camp with 120 units (64 luxury domes, 40 tents and 16 family suites): booking engine, WeChat mini-program booking, channel manager for Ctrip, Meituan and Fliggy, booking of camel treks, desert jeep tours and stargazing sessions, front desk and housekeeping module, WeChat Pay and Alipay integration, management reports.

2. SUBSCRIPTION TERM
24 months from the Subscription Start Date, which is the day after the Go-Live Acceptance under Art. 5 of the General Terms.

3. FEES (CNY, including Chinese VAT, at the Customer's request)
   Annual Subscription Fee, first year ........ CNY 186,000
   Annual Subscription Fee, second year ....... CNY 186,000
   One-off Setup Fee .......................... CNY  64,000
   Total Order Value .......................... CNY 436,000
Payment-gateway and SMS charges are billed directly by the respective providers to the Customer and are not part of the Total Order Value.

4. INVOICING
The Setup Fee and the Annual Subscription Fee for the first year are invoiced on signature of this Order Form and are payable within 15 days of the invoice date, and in any case before the Subscription Start Date. The Annual Subscription Fee for the second year is invoiced on the first anniversary of the Subscription Start Date and is payable within 30 days.

5. GO-LIVE
The Vendor shall complete the setup (configuration of units and rates, import of existing bookings, channel connections, mini-program publication, staff training) within 45 days of signature of this Order Form.

6. RENEWAL
On expiry of the Subscription Term the subscription renews once for a further year at the same fees, unless either party gives written notice at least 60 days before expiry.

7. HOSTING AND SUB-PROCESSOR
Production and backup data are hosted by Alibaba Cloud in its China (Beijing) region. Alibaba Cloud is approved by the Customer as sub-processor by signing this Order Form.

8. SPECIFIC APPROVAL
Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following provisions of the General Terms: Art. 6.3 (no service credits), Art. 11 (limitation of liability), Art. 12 (suspension), Art. 15 (governing law and exclusive jurisdiction).

Venezia / Dunhuang, ______ 2025
For the Vendor: ____________________        For the Customer: ____________________


GENERAL TERMS OF SERVICE (version 3.1)

Art. 1 (Definitions)
1.1 "Service" means the CampDesk Reservations service described in the Order Form. "Customer Data" means all data entered into or generated by the Service for the Customer, including guest names, identity document numbers, contact details, booking and payment records. "Go-Live" means the first day on which the Service is used for live bookings.
1.2 In case of conflict the Order Form prevails over these General Terms.

Art. 2 (Object)
2.1 The Vendor provides the Service in software-as-a-service mode and grants the Customer, for the Subscription Term, the non-exclusive right to use it for the camp named in the Order Form.
2.2 The Vendor may improve the Service over time, provided that its functions are not materially reduced.
2.3 Support is provided in English and Chinese through the Vendor's help desk, by telephone, e-mail and the in-application chat, from 08:00 to 22:00 Beijing time every day of the year, the camp's peak season included.

Art. 3 (Obligations of the Customer)
3.1 The Customer provides the information needed for the setup, keeps its access credentials secret and ensures that its staff use the Service in accordance with the documentation.
3.2 The Customer is responsible for the accuracy of its rates and availability and for obtaining guests' consent where required by law.
3.3 The Customer provides the internet connection at the camp, including a backup connection, and the front desk computers and printers.

Art. 4 (Fees and payment)
4.1 Fees are set out in the Order Form and are payable by bank transfer in CNY to the account stated in the invoice.
4.2 In case of late payment, interest accrues at the rate provided for commercial transactions by Legislative Decree no. 231 of 9 October 2002.

Art. 5 (Go-Live Acceptance)
5.1 Before Go-Live the parties carry out the acceptance tests described in the Order Form annex: test bookings for every unit type and rate plan, including cancellations and changes; synchronisation of availability with each connected channel within two minutes; reconciliation of test payments through WeChat Pay and Alipay; printing of the daily arrivals and housekeeping lists.
5.2 When all tests are passed the Customer signs the Go-Live Acceptance certificate. Use of the Service for training or testing is not acceptance.
5.3 If the Vendor does not make the Service ready for Go-Live Acceptance within the period stated in the Order Form for reasons attributable to it, it owes a penalty of CNY 500 for each day of delay.

Art. 6 (Service levels)
6.1 The Vendor aims at a monthly availability of the booking engine and of the front desk module of 99.95 %, excluding maintenance announced at least 48 hours in advance and performed between 02:00 and 05:00 Beijing time.
6.2 Incidents are classified as follows: Priority 1 (booking engine or front desk unavailable for all users): response within 1 hour, restoration target 6 hours; Priority 2 (a function or a channel connection impaired): response within one business day; Priority 3 (questions): within three business days. Priority 1 incidents may be reported at any time by telephone.
6.3 The service levels in this Art. 6 are targets. Failure to meet them does not entitle the Customer to service credits, price reductions, refunds or damages; the Vendor's obligation is to restore the Service with the utmost diligence.

Art. 7 (Customer Data and data security)
7.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only on the Customer's instructions and only to provide the Service, and does not use it for any other purpose.
7.2 The Vendor keeps Customer Data within the People's Republic of China, encrypts it in transit and at rest, restricts access to named support staff using multi-factor authentication, logs all access and applies the security measures required by the Personal Information Protection Law and the Data Security Law.
7.3 The Vendor notifies the Customer of any personal data breach or security incident affecting Customer Data within 48 hours of becoming aware of it, takes all measures to contain it and assists the Customer with notifications to guests and authorities. The Vendor is liable for the damage caused by a breach of this Art. 7.
7.4 Within 30 days after the end of the subscription the Vendor returns all Customer Data in a standard format and then deletes it.

Art. 8 (Sub-processors and subcontracting)
The Vendor may not engage any sub-processor or subcontractor other than the one approved in the Order Form without the Customer's prior written consent. The Vendor remains responsible for approved sub-processors.

Art. 9 (Intellectual property)
9.1 The Vendor remains the owner of the Service and of the underlying software.
9.2 The configurations, booking page designs, translations, channel mappings and reports created for the Customer belong to the Customer, which may use and modify them freely and hand them over to any successor provider.

Art. 10 (Confidentiality)
Each party keeps confidential the non-public information received from the other party, including prices, booking statistics and technical documentation, and uses it only for the performance of the contract, during the Subscription Term and for three years after it.

Art. 11 (Limitation of liability)
11.1 The Vendor's total liability arising out of or in connection with the contract is limited to 150 % of the Total Order Value.
11.2 This limitation does not apply in case of wilful misconduct or gross negligence (Art. 1229 of the Italian Civil Code) or to the Vendor's liability under Art. 7.

Art. 12 (Suspension)
The Vendor may suspend the Service if an undisputed invoice remains unpaid 30 days after a written reminder sent by PEC or registered letter, until payment is received.

Art. 13 (Termination)
13.1 Pursuant to Art. 1456 of the Italian Civil Code, the Customer may terminate the contract by written notice if the Vendor commits a material breach of Art. 5, 7, 8 or 10 and does not remedy it within 20 days of a written request; in that case the Vendor refunds the fees paid for the period after termination.
13.2 The Vendor may terminate the contract by written notice if the Customer fails to pay undisputed fees within 60 days of the due date.

Art. 14 (Exit assistance)
On expiry or termination the Vendor provides the Customer with a complete export of Customer Data and the configurations under Art. 9.2 and cooperates in good faith with any successor provider for up to 30 days.

Art. 15 (Governing law and jurisdiction)
15.1 The contract is governed by Italian law.
15.2 Any dispute arising out of or in connection with the contract is subject to the exclusive jurisdiction of the Court of Venice (Tribunale di Venezia), Italy.

Art. 16 (Miscellaneous)
16.1 Notices are given in writing, by PEC or by e-mail confirmed by letter.
16.2 The contract is drawn up in English. Any Chinese translation is for convenience only.
"""

# ---------------------------------------------------------------------------------------------------------------
# h215e03 — Qinghai trout cage farm: ice-cover and dissolved-oxygen sensors + maintenance; integrator on the Isola di
# Capo Passero (Italian), buyer's paper. .docx (Word price table), "Clause N" + N.N
# ---------------------------------------------------------------------------------------------------------------
H215E03 = """T:Supply, Installation and Maintenance Contract for Cage Monitoring Sensors
P:Contract No. QLCF-EQ-2025-007
P:This Contract is made between Qinghai Longyang Cold-Water Fisheries Co., Ltd., Longyangxia Town, Gonghe County, Hainan Tibetan Autonomous Prefecture, Qinghai Province, People's Republic of China (the "Buyer"), and Capo Passero Marine Instruments S.r.l., Isola di Capo Passero, 96010 Portopalo di Capo Passero (SR), Italy (the "Contractor").
P:The Buyer farms rainbow trout in 48 net cages on the reservoir. In winter the reservoir surface freezes around the cages and dissolved oxygen can fall quickly. The Buyer therefore purchases a monitoring system that measures dissolved oxygen and ice cover at every cage and raises alarms in time. This Contract is drawn up on the Buyer's standard form. All prices are in Chinese Yuan Renminbi (CNY) at the Buyer's request.
H:Clause 1 Definitions
P:1.1 "System" means the sensors, data loggers, gateways, server and software listed in Clause 2, installed and working together as described in the Technical Specification (Annex A).
P:1.2 "Final Acceptance" means the signature by the Buyer of the final acceptance certificate under Clause 6.
P:1.3 "Critical Fault" means a fault that stops oxygen readings or oxygen alarms for one or more cages.
H:Clause 2 Scope and Contract Price
P:2.1 The Contractor shall supply, install, calibrate and commission the System, train the Buyer's staff and maintain the System as set out in this Contract.
P:2.2 The Contract Price is CNY 2,172,000, fixed, including Chinese VAT, customs duties, transport to the farm, insurance and all travel costs. It is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen sensor with temperature probe, two depths per cage|96|9,800|940,800
TB:2|Upward-looking sonar ice-thickness and ice-cover sensor|24|16,500|396,000
TB:3|Buoy-mounted data logger with solar panel, battery and 4G/LoRa radio|24|12,800|307,200
TB:4|Shore gateway and monitoring server|2|46,000|92,000
TB:5|Monitoring software, perpetual site licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,904,000
TB:6|Installation, mooring and cabling (boat work)|1|186,000|186,000
TB:7|Calibration and commissioning|1|64,000|64,000
TB:8|Training|1|18,000|18,000
TB:|Contract Price|||2,172,000
H:Clause 3 Payment
P:3.1 10 % of the Contract Price within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55 % of the Contract Price after delivery and installation of all items, confirmed by the Buyer's installation certificate. The installation certificate records completeness only and is not an acceptance.
P:3.3 35 % of the Contract Price within 20 days after Final Acceptance.
P:3.4 The Contractor issues a valid invoice before each payment. Payment is made by bank transfer in CNY.
H:Clause 4 Delivery and Installation
P:4.1 The Contractor shall deliver all items to the farm within 70 days after signature and complete installation and commissioning within 40 days after delivery, and in any case before 15 November 2025 so that the System works through the ice season.
P:4.2 Boat work on the reservoir is carried out under the Buyer's site safety rules, with life jackets and in daylight only.
P:4.3 The Contractor trains ten of the Buyer's technicians for three days at the farm in operation, cleaning, calibration and first-level repair of the System, and provides manuals in Chinese.
H:Clause 5 Technical Requirements
P:5.1 Dissolved oxygen: range 0 to 20 mg/L, accuracy within 0.2 mg/L; reading interval 5 minutes.
P:5.2 Ice: thickness accuracy within 2 cm; ice-cover status around each cage group reported hourly.
P:5.3 Alarms: low-oxygen and sensor-failure alarms reach the duty officer's mobile phone and the farm control room within 60 seconds.
P:5.4 Loggers operate at temperatures down to minus 35 degrees Celsius and keep at least seven days of readings when the radio link is lost.
H:Clause 6 Acceptance
P:6.1 After commissioning the System runs for a trial period of 30 days, of which at least 10 days with ice cover.
P:6.2 Final Acceptance requires that: (a) every oxygen sensor agrees with Winkler titration reference samples within 0.2 mg/L; (b) ice thickness agrees with drill-hole measurements within 2 cm at six cage groups; (c) at least 98 % of scheduled readings are received during the trial period; (d) all alarm tests reach the duty officer within 60 seconds; (e) as-built drawings, manuals and calibration records have been handed over.
P:6.3 If the System fails any test, the Contractor shall correct it within 10 days and the test is repeated. Delivery, installation, commissioning or use of the System for farm operations is not acceptance.
H:Clause 7 Warranty
P:7.1 The warranty period is 36 months from Final Acceptance, so that it covers three ice seasons.
P:7.2 During the warranty period the Contractor repairs or replaces any defective item free of charge, including parts, labour, boat work and travel, and carries out quarterly cleaning and recalibration of the oxygen sensors.
P:7.3 Replaced items carry a new warranty of 18 months or the remainder of the warranty period, whichever is longer.
P:7.4 The Contractor keeps at the farm, at its own cost and risk, a stock of spare parts of at least six oxygen sensors, two ice sensors and two data loggers, and replenishes it within 30 days after use.
H:Clause 8 Service Levels
P:8.1 The Contractor maintains a telephone and remote support line in Xining with Chinese-speaking engineers.
P:8.2 Critical Fault: remote response within 30 minutes at any time, engineer on site within 6 hours, restoration within 12 hours using spare sensors kept at the farm. Other faults: response within 2 hours, repair within five working days.
P:8.3 For each hour by which the Contractor exceeds the Critical Fault response or restoration time, it pays the Buyer CNY 800, deductible from any amount due.
H:Clause 9 Maintenance after the Warranty
P:9.1 After the warranty period the Contractor shall, if ordered by the Buyer, maintain the System on the same terms for the fourth and fifth years after Final Acceptance, at an annual fee of 7.5 % of the Hardware and Licence Subtotal, i.e. CNY 142,800 per year, fixed for both years.
P:9.2 Maintenance is ordered by written purchase order for each year and does not renew automatically. Any later maintenance is agreed in writing.
H:Clause 10 Delay Damages
P:10.1 If the Contractor fails to complete installation and commissioning or to achieve Final Acceptance by the dates in Clause 4 or Clause 6, it pays delay damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
P:10.2 The delay damages do not relieve the Contractor of its obligations. The Buyer may claim further losses that exceed them.
H:Clause 11 Buyer Data and Security
P:11.1 All readings, alarm records, farm layouts and production information ("Buyer Data") belong to the Buyer. The Contractor uses Buyer Data only to perform this Contract and does not disclose, copy or keep it.
P:11.2 Buyer Data is stored on the Buyer's monitoring server at the farm and in the Buyer's own cloud account in mainland China. The Contractor accesses the System remotely only through sessions approved by the Buyer for each occasion, with individual accounts and two-factor authentication, and all sessions are logged.
P:11.3 The Contractor notifies the Buyer within 12 hours of any security incident affecting the System or Buyer Data, cooperates in remedying it and is liable for losses caused by incidents for which it is responsible.
H:Clause 12 Confidentiality
P:12.1 The Contractor keeps confidential all information received from the Buyer, including stocking densities, production volumes and site plans, and does not disclose it to any third party without the Buyer's prior written consent.
P:12.2 This obligation survives the end of the Contract for five years.
H:Clause 13 Intellectual Property
P:13.1 The dashboards, alarm logic, reports and the interface to the Buyer's feeding system developed under this Contract belong to the Buyer, which may use, modify and license them without restriction. The Contractor hands over their source code and configuration files at Final Acceptance.
P:13.2 The standard monitoring software remains the Contractor's property and is licensed to the Buyer perpetually.
H:Clause 14 Subcontracting
P:The Contractor shall not subcontract any part of the work, including boat work and mooring, without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Clause 15 Termination
P:The Buyer may terminate this Contract by written notice if the Contractor commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum. The Contractor then refunds payments for items not accepted.
H:Clause 16 Force Majeure
P:A party prevented from performing by force majeure, such as an earthquake or extreme ice conditions that make access to the cages unsafe, shall notify the other party promptly; the affected dates are extended accordingly.
H:Clause 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xining Arbitration Commission for arbitration in Xining.
H:Clause 18 Final Provisions
P:Annex A (Technical Specification) and Annex B (Acceptance Test Plan) form part of this Contract. The Contract is signed in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________        For the Contractor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h215e04 — Shijiazhuang pharma-logistics firm: managed IT + desktop support, 36 months; provider on the Isola dei
# Conigli (Italian style). .txt, "Article N" + N.N
# ---------------------------------------------------------------------------------------------------------------
H215E04 = """MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

Agreement No. CMS-2025-HB-014

BETWEEN

Conigli Managed Services S.r.l., with registered office at Contrada Isola dei Conigli, 92031 Lampedusa e Linosa (AG), Italy, VAT No. IT02871460848, acting through its Shijiazhuang service office (the "Provider");

AND

Shijiazhuang Hengkang Pharmaceutical Logistics Co., Ltd., No. 216 Tangu North Street, Xinhua District, Shijiazhuang, Hebei Province, People's Republic of China (the "Customer").

WHEREAS

(A) the Customer operates three GSP-certified pharmaceutical warehouses in Shijiazhuang, Baoding and Xingtai, with cold-chain storage, a warehouse management system (WMS) and a transport management system (TMS), and about 420 computer users;

(B) the Provider offers managed IT services to logistics and healthcare companies in Italy and China;

(C) the Customer wishes to entrust the Provider with the operation of its IT service desk, desktop support and infrastructure monitoring, and has asked that all charges be stated and paid in Chinese Yuan Renminbi (CNY);

NOW, THEREFORE, the parties agree as follows.

Article 1 - Definitions
1.1 "Services" means the services described in Article 2 and in Schedule 1.
1.2 "Business Hours" means 08:30 to 17:30 Beijing time, Monday to Saturday, excluding public holidays in the People's Republic of China.
1.3 "Incident" means an unplanned interruption or degradation of an IT service used by the Customer.
1.4 "Initial Term" means the 36 months starting on the Service Commencement Date.

Article 2 - Services
2.1 The Provider shall provide: (a) a service desk in Chinese, reachable by telephone, e-mail and web portal, for all users; (b) desktop support for about 420 desktops, laptops, handheld scanners and label printers, including installation, moves, repairs and replacement of faulty parts under the manufacturers' warranties; (c) monitoring of the servers, network devices and the WMS and TMS application servers listed in Schedule 1; (d) operating-system and application updates approved by the Customer; (e) monitoring of the nightly backup jobs and restoration on request; (f) management of the IT asset register; (g) monthly service reports and a quarterly service review.
2.2 The Provider shall station two engineers on site, one in Shijiazhuang and one rotating between Baoding and Xingtai, during Business Hours.
2.3 Hardware, software licences and telecommunication lines remain the Customer's responsibility and cost, unless otherwise agreed in writing.

Article 3 - Transition
3.1 The Provider shall take over the Services within 60 days after signature of this Agreement (the "Transition"). The Transition includes the inventory of all IT assets, the documentation of runbooks for every monitored system, the set-up of the service desk tools and a shadow period of 10 working days alongside the Customer's current staff.
3.2 The Transition is accepted when the Customer confirms in writing that: (a) the asset inventory has been reconciled with the Customer's records; (b) runbooks exist for every system in Schedule 1; (c) monitoring of all those systems is active and alarms reach the service desk; (d) the shadow period has been completed without unresolved findings. The day after that confirmation is the "Service Commencement Date".
3.3 If the Transition is not accepted within the 60 days for reasons attributable to the Provider, the Provider pays the Customer CNY 2,000 for each day of delay.

Article 4 - Charges
4.1 The charges are:
    Transition Fee (one-off) ........................ CNY 88,000
    Monthly Service Charge .......................... CNY 68,500
    Monthly Service Charges for the Initial Term .... CNY 2,466,000 (36 x 68,500)
    Total Contract Value ............................ CNY 2,554,000
4.2 The charges include Chinese VAT, the on-site engineers and all travel within Hebei Province.
4.3 Additional work outside the Services is charged only if ordered by the Customer in writing at the day rates in Schedule 3.

Article 5 - Invoicing and Payment
5.1 The Transition Fee is invoiced after the Transition has been accepted under Article 3.2.
5.2 The Monthly Service Charge is invoiced monthly in arrears, together with the monthly service report.
5.3 The Customer pays each undisputed invoice within 30 days of receipt. No amount is payable in advance.

Article 6 - Service Levels
6.1 Incidents are classified by priority:
    Priority 1 - the WMS, the TMS or the cold-chain temperature monitoring is unavailable at a warehouse, or more than 50 users cannot work: response within six (6) Business Hours, resolution target two Business Days;
    Priority 2 - a single application, site function or group of users is affected: response within one Business Day, resolution target three Business Days;
    Priority 3 - an individual user is affected or a service request is made: response within two Business Days, resolution target five Business Days.
6.2 "Response" means that a qualified engineer has started working on the Incident and informed the user.
6.3 The Provider shall resolve at least 90 % of desktop Incidents on the first contact or the first visit in each month.

Article 7 - Service Credits
7.1 For each Priority 1 Incident whose response time is exceeded, the Provider grants a service credit of 3 % of the Monthly Service Charge of the month concerned.
7.2 If the first-contact resolution rate of Article 6.3 is not met in a month, the Provider grants a service credit of 2 % of that Monthly Service Charge.
7.3 Service credits are deducted from the next invoice and are limited in total to 20 % of the Monthly Service Charge of the month concerned. Service credits are a price adjustment and do not exclude damages under Article 13.

Article 8 - Customer Obligations
8.1 The Customer shall give the Provider's engineers access to its premises during Business Hours, provide the administrator accounts needed for the Services and designate an IT coordinator for each warehouse.
8.2 The Customer shall inform the Provider in advance of changes to its systems that may affect the Services.

Article 9 - Customer Data
9.1 All data stored on or processed by the Customer's systems, including stock, batch and temperature records, customer orders and personal information of employees and consignees ("Customer Data"), belongs to the Customer.
9.2 The Provider shall use Customer Data only to perform the Services and shall return any Customer Data in its possession to the Customer at the end of this Agreement.

Article 10 - Confidentiality
10.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, including Customer Data, prices, system documentation and business plans, and shall disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations.
10.2 The obligation does not apply to information that is public or that a party is required to disclose by law, and it continues for five years after the end of this Agreement.

Article 11 - Intellectual Property
11.1 The runbooks, scripts, configuration documents, asset register and reports produced by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any third party, including a successor provider, without restriction.
11.2 The Provider's own service desk tools and know-how remain the Provider's property.

Article 12 - Subcontracting
The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor.

Article 13 - Liability
13.1 Each party is liable for the direct damage it causes to the other party by breach of this Agreement.
13.2 The Provider's total liability under this Agreement is limited to 200 % of the Total Contract Value. The limit does not apply to wilful misconduct, gross negligence, personal injury or breach of Article 10.
13.3 Neither party is liable for loss of profit or other indirect damage, except in the cases excluded from the limit in Article 13.2.

Article 14 - Insurance
The Provider maintains professional liability insurance with a cover of at least CNY 5,000,000 per claim and provides a certificate on request.

Article 15 - Term and Termination
15.1 This Agreement enters into force on signature and continues until the end of the Initial Term. It does not renew automatically; any extension must be agreed in writing.
15.2 Neither party may terminate this Agreement before the end of the Initial Term, except that the Provider may suspend or terminate the Services if undisputed charges remain unpaid 60 days after a written reminder.
15.3 The Customer's remedies for any failure of the Services are the service credits under Article 7 and damages under Article 13. The Customer waives any right to rescind or terminate this Agreement for breach.

Article 16 - Exit
During the last three months of the Initial Term, or on any earlier end of this Agreement, the Provider shall hand over all runbooks, passwords, the asset register and open tickets to the Customer or its successor provider and support the handover for up to 30 days.

Article 17 - Governing Law and Disputes
17.1 This Agreement is governed by the laws of the People's Republic of China.
17.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang in accordance with its rules. The award is final and binding on both parties.

Article 18 - Miscellaneous
18.1 This Agreement, with Schedule 1 (Service Description and Monitored Systems), Schedule 2 (Reporting) and Schedule 3 (Day Rates), is the entire agreement between the parties on its subject matter.
18.2 Amendments are valid only if made in writing and signed by both parties.
18.3 This Agreement is made in two originals in English, one for each party.

Signed at Shijiazhuang on ______________ 2025

For the Provider: ______________________        For the Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h215e05 — Heilongjiang soybean exporter: protein-content certificate API subscription (36 months) + integration;
# vendor on the Isola del Cefalo (Italian style). .md, "## N. HEADING" + N.N
# ---------------------------------------------------------------------------------------------------------------
H215E05 = """# SUBSCRIPTION AND INTEGRATION AGREEMENT - PROTEOCERT API

**Agreement No. CCD-2025-CN-052**

**Cefalo Certa Digitale S.r.l.**, with registered office at Isola del Cefalo, 58015 Orbetello (GR), Italy, VAT No. IT01736920539 ("**Vendor**")

and

**Heilongjiang Heiyu Soybean Import and Export Co., Ltd.**, No. 57 Hailan Street, Heihe, Heilongjiang Province, People's Republic of China ("**Customer**")

### Recitals

A. The Customer exports non-genetically-modified soybeans to food manufacturers in Japan and Korea. Each export lot is accompanied by a certificate of protein content, moisture and oil content issued by the Customer's accredited laboratory.

B. The Vendor operates ProteoCert, an application programming interface (API) that turns laboratory results into digitally signed certificates in PDF and XML, with a verification page on which foreign buyers can check each certificate by its QR code.

C. The Customer wishes to subscribe to ProteoCert and to have it connected to its laboratory and business systems. At the Customer's request all fees are stated and paid in Chinese Yuan Renminbi (CNY).

## 1. DEFINITIONS

1.1 "**Service**" means the ProteoCert API, the verification page and the administration console, as described in Annex 1.

1.2 "**Integration Services**" means the work described in Annex 2: a connector between the Customer's laboratory information management system (LIMS), its near-infrared (NIR) grain analysers and the Service; an interface to the Customer's ERP for lot and contract numbers; and certificate templates in Japanese, Korean and English.

1.3 "**Customer Data**" means all laboratory results, lot, contract and shipment information, buyer names and other data that the Customer or its systems submit to the Service, and the certificates generated from them.

1.4 "**Subscription Term**" means 36 months from the Integration Acceptance under Section 5.

## 2. SERVICE

2.1 The Vendor provides the Service to the Customer during the Subscription Term, for up to 6,000 certificates per subscription year. Certificates beyond that volume are charged at CNY 28 each.

2.2 The Vendor keeps the Service compatible with the certificate requirements of the Customer's main destination markets and informs the Customer at least 60 days before any change to the API that requires changes on the Customer's side.

2.3 Each certificate remains verifiable on the verification page for at least five years after its issue, also after the end of the Subscription Term.

2.4 The Vendor provides support in English and Chinese through a help desk reachable by telephone, e-mail and the administration console. Severity 1 incidents may be reported by telephone at any time; other requests are handled from 08:00 to 18:00 Beijing time on working days.

2.5 The Customer is responsible for the correctness of the laboratory results it submits, for the accreditation of its laboratory and for the administration of its user accounts.

## 3. FEES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | CNY 228,000 per subscription year x 3 years | 684,000 |
| Integration Services | fixed price | 156,000 |
| **Total Contract Value** | | **840,000** |

3.1 The fees include Chinese VAT. Volume charges under Section 2.1 are invoiced separately and are not part of the Total Contract Value.

## 4. INVOICING AND PAYMENT

4.1 The subscription fee is invoiced quarterly in arrears, at CNY 57,000 per quarter.

4.2 The fee for the Integration Services is invoiced after the Integration Acceptance.

4.3 The Customer pays undisputed invoices within 30 days. The Customer makes no advance payment.

## 5. INTEGRATION AND ACCEPTANCE

5.1 The Vendor shall complete the Integration Services within 50 days after signature of this Agreement. The Customer gives the Vendor's engineers remote access to a test environment of its LIMS and ERP and provides sample data for 200 lots within ten days after signature.

5.2 Integration Acceptance requires that: (a) results of 200 test lots flow from the LIMS and the NIR analysers into signed certificates without manual input; (b) every certificate value matches the LIMS record; (c) certificates in all three languages are approved by the Customer's laboratory manager; (d) the QR verification works from Japan and Korea; (e) the ERP interface transfers lot and contract numbers without error for ten consecutive working days.

5.3 When the tests are passed the Customer signs the Integration Acceptance certificate. Issuing live certificates before that date is not acceptance.

5.4 If the Vendor does not achieve Integration Acceptance within the period in Section 5.1 for reasons attributable to it, it pays the Customer CNY 600 for each day of delay.

## 6. SERVICE LEVELS

6.1 The API and the verification page are available at least 99.95 % of each calendar month, excluding maintenance announced 72 hours in advance and carried out on Sundays between 01:00 and 05:00 Beijing time.

6.2 Severity 1 (no certificate can be issued or verified): response within 30 minutes at any time, restoration within 3 hours. Severity 2 (a template, language or interface fails): response within 2 hours, restoration within one business day. Severity 3: response within one business day.

6.3 If monthly availability falls below the commitment in Section 6.1, the Customer receives a service credit of 5 % of the monthly equivalent of the subscription fee; below 99.5 %, 10 %; below 99 %, 20 %. Each Severity 1 restoration exceeding 3 hours gives a further credit of 2 %. Credits are deducted from the next invoice.

## 7. INTELLECTUAL PROPERTY

7.1 The Service, its software and documentation are and remain the property of the Vendor.

7.2 The LIMS connector, the ERP interface, the certificate templates and all other results of the Integration Services, including those created specifically for the Customer, are and remain the exclusive property of the Vendor. The Customer receives a non-exclusive, non-transferable licence to use them with the Service during the Subscription Term. The Customer may not modify them or have them modified, maintained or used by a third party.

## 8. DATA PROTECTION AND SECURITY

8.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only to provide the Service and the Integration Services and on the Customer's documented instructions, and does not use it for any other purpose.

8.2 The Service and all Customer Data are hosted by Alibaba Cloud in its China (Hangzhou) region. Customer Data is not transferred outside the People's Republic of China, except the certificate data displayed on the verification page as the Customer decides.

8.3 The Vendor maintains an information security management system certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, signs certificates with keys held in a hardware security module, grants access to Customer Data only to named staff using multi-factor authentication, logs all access and complies with the Data Security Law and the Personal Information Protection Law.

8.4 The Vendor notifies the Customer of any security incident affecting Customer Data or the signing keys within 24 hours, revokes affected certificates on the Customer's request, takes all measures to limit the consequences and is liable for the losses caused by incidents for which it is responsible.

8.5 At the end of the Subscription Term the Vendor returns all Customer Data in a standard format and then deletes it, except the certificate data needed for the verification under Section 2.3.

## 9. SUBCONTRACTING

9.1 Alibaba Cloud is approved as hosting provider by signature of this Agreement.

9.2 The Vendor shall not subcontract any other part of the Service or the Integration Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## 10. LIABILITY

10.1 The Vendor's total liability under this Agreement is limited to 120 % of the Total Contract Value.

10.2 The limit does not apply to wilful misconduct, gross negligence or breach of Section 8.

## 11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement enters into force on signature and ends on expiry of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after a written notice describing the breach.

11.3 If the Customer terminates under Section 11.2, the Vendor refunds any fees paid for the period after termination.

11.4 On expiry or termination the Vendor continues to operate the verification page for certificates already issued, as provided in Section 2.3, and assists the Customer for up to 60 days in moving certificate issuance to another solution.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The arbitral award is final and binding.

## 13. GENERAL

13.1 Annex 1 (Service Description) and Annex 2 (Integration Services and Acceptance Tests) form part of this Agreement.

13.2 Amendments must be in writing and signed by both parties.

13.3 Neither party is liable for a failure caused by force majeure, such as natural disasters or government measures, provided it informs the other party promptly and limits the consequences. A failure of the hosting provider is not force majeure.

13.4 This Agreement is made in English in two originals.

Signed on ______________ 2025

For the Vendor: ______________________

For the Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets: .txt/.md written as they are; .docx/.pdf built with ../word_pdf.py
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h215z01": ("h215z01_civil_affairs_funeral_service_platform.txt", "txt", H215Z01),
    "h215z02": ("h215z02_engine_block_leak_test_equipment_maintenance.docx", "docx", H215Z02),
    "h215z03": ("h215z03_ktv_chain_booking_membership_saas.md", "md", H215Z03),
    "h215z04": ("h215z04_county_ageing_office_home_care_platform_om.pdf", "pdf", H215Z04),
    "h215z05": ("h215z05_bean_paste_mes_supplier_template.md", "md", H215Z05),
    "h215e01": ("h215e01_stationery_die_design_licence_lindau_vendor.pdf", "pdf", H215E01),
    "h215e02": ("h215e02_desert_camp_reservation_saas_order_form.txt", "txt", H215E02),
    "h215e03": ("h215e03_trout_farm_ice_oxygen_sensors.docx", "docx", H215E03),
    "h215e04": ("h215e04_pharma_logistics_managed_it_desktop.txt", "txt", H215E04),
    "h215e05": ("h215e05_soybean_protein_certificate_api.md", "md", H215E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}

# ---------------------------------------------------------------------------------------------------------------
# Price sums (asserted) and the contract values they give
# ---------------------------------------------------------------------------------------------------------------
Z01_HW_SW = 486_000 + 24 * 6_800 + 6 * 38_500 + 620_000
assert 24 * 6_800 == 163_200 and 6 * 38_500 == 231_000 and Z01_HW_SW == 1_500_200
Z01_V = Z01_HW_SW + 548_000 + 176_000 + 31_800
assert Z01_V == 2_256_000
assert (451_200, 1_015_200, 789_600) == (Z01_V * 20 // 100, Z01_V * 45 // 100, Z01_V * 35 // 100)
assert 451_200 + 1_015_200 + 789_600 == Z01_V and Z01_HW_SW * 8 // 100 == 120_016

Z02_EQ = 4 * 628_000 + 8 * 46_500 + 2 * 38_000 + 128_000 + 58_000
assert (4 * 628_000, 8 * 46_500, 2 * 38_000) == (2_512_000, 372_000, 76_000) and Z02_EQ == 3_146_000
Z02_V = Z02_EQ + 168_000 + 26_000
assert Z02_V == 3_340_000
assert (334_000, 1_670_000, 1_169_000, 167_000) == tuple(Z02_V * p // 100 for p in (10, 50, 35, 5))
assert 334_000 + 1_670_000 + 1_169_000 + 167_000 == Z02_V and Z02_EQ * 175 // 1000 == 550_550

Z03_SUB = 980 * 62 * 36
assert Z03_SUB == 2_187_360
Z03_V = Z03_SUB + 186_000
assert Z03_V == 2_373_360

Z04_V = 268_000 + 388_800 + 96_000 + 42_000 + 15_200
assert Z04_V == 810_000 and Z04_V // 4 == 202_500

Z05_LIC = 1_080_000
Z05_V = Z05_LIC + 260_000 + 100_000
assert Z05_V == 1_440_000 and Z05_V * 55 // 100 == 792_000 and Z05_V * 45 // 100 == 648_000
assert 792_000 + 648_000 == Z05_V and Z05_LIC * 25 // 100 == 270_000

E01_LIC = 8 * 118_000 + 2 * 76_000 + 138_000
assert (8 * 118_000, 2 * 76_000) == (944_000, 152_000) and E01_LIC == 1_234_000
E01_V = E01_LIC + 286_000 + 72_000 + 38_000
assert E01_V == 1_630_000 and E01_LIC * 115 // 1000 == 141_910
assert 20 + 45 + 35 == 100

E02_V = 2 * 186_000 + 64_000
assert E02_V == 436_000
E02_ADVANCE = 186_000 + 64_000  # Order Form item 4: year-1 fee + setup fee, due before the Subscription Start Date

E03_HW = 96 * 9_800 + 24 * 16_500 + 24 * 12_800 + 2 * 46_000 + 168_000
assert (96 * 9_800, 24 * 16_500, 24 * 12_800, 2 * 46_000) == (940_800, 396_000, 307_200, 92_000)
assert E03_HW == 1_904_000
E03_V = E03_HW + 186_000 + 64_000 + 18_000
assert E03_V == 2_172_000 and E03_HW * 75 // 1000 == 142_800 and 10 + 55 + 35 == 100

E04_V = 36 * 68_500 + 88_000
assert 36 * 68_500 == 2_466_000 and E04_V == 2_554_000

E05_V = 3 * 228_000 + 156_000
assert 3 * 228_000 == 684_000 and E05_V == 840_000 and 228_000 // 4 == 57_000

# ---------------------------------------------------------------------------------------------------------------
# Labels (key order as holdout18/19). Terms in the order of API.md; extra as holdout18/19.
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra, planned rules, fee base for TCO or None, forum outside mainland China)
LABELS = {
    "h215z01": ("zh", "software",
                T(99.98, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                  False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=Z01_V),
                [], Z01_HW_SW, False),
    "h215z02": ("zh", "hardware",
                T(None, 0.5, True, "buyer", True, True, True, 0.04, 200, 10, True, True, 24, 17.5, False, True,
                  False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=Z02_V),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"], Z02_EQ, False),
    "h215z03": ("zh", "cloud",
                T(99.5, 0.25, True, "buyer", True, False, True, 1_500 / Z03_V * 100, 150, None, True, None, None,
                  None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z03_V),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None, False),
    "h215z04": ("zh", "services",
                T(99.95, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, True,
                  True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z04_V),
                ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], None, False),
    "h215z05": ("zh", "software",
                T(None, 8, True, "supplier", True, False, True, 0.02, 25, 55, False, False, 6, 25, False, True,
                  None, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=Z05_V),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
                Z05_LIC, False),
    "h215e01": ("en", "software",
                T(None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11.5, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=E01_V),
                ["CR-GOVERNING-LAW"], E01_LIC, True),
    "h215e02": ("en", "cloud",
                T(99.95, 1, False, "buyer", True, True, True, 500 / E02_V * 100, 150, E02_ADVANCE / E02_V * 100,
                  True, None, None, None, False, True, False, "Italy", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E02_V),
                ["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY"], None, True),
    "h215e03": ("en", "hardware",
                T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 7.5, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=E03_V),
                [], E03_HW, False),
    "h215e04": ("en", "services",
                T(None, 6, True, "buyer", False, True, True, 2_000 / E04_V * 100, 200, None, True, None, None, None,
                  False, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E04_V),
                ["CR-DATA-SECURITY", "CR-SLA-RESPONSE", "CR-TERMINATION"], None, False),
    "h215e05": ("en", "cloud",
                T(99.95, 0.5, True, "supplier", True, True, False, 600 / E05_V * 100, 120, None, True, None, None,
                  None, False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E05_V),
                ["CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP"], None, False),
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(t, value, fee_base, horizon=5):
    """Policy §4: purchase + implementation (= the contract value) + post-warranty fees over the horizon, warranty
    counted from acceptance (the start of the horizon), a partial year pro rata."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * fee_base
    return value + fees, fees / (value + fees) * 100


def rules(t, x, fee_base, forum_outside):
    """The policy's §3 conditions with its reading notes, applied to a label's terms."""
    out, goods = [], t["contract_kind"] == G
    if not x["sla_clause"]:
        out.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        out.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        out.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        out.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        out.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        out.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        out.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        out.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        out.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        out.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        out.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        out.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        out.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        out.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        out.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        out.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or forum_outside:
        out.append("CR-GOVERNING-LAW")
    r = tco(t, x["contract_value"], fee_base) if goods else None
    if r is not None and r[1] > 40:
        out.append("CR-TCO-SERVICE-SHARE")
    return sorted(out), r


def risk(rule_ids):
    sev = {SEVERITY[r] for r in rule_ids}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def write_labels():
    for key, (lang, cat, terms, extra, planned, fee_base, forum_outside) in LABELS.items():
        got, r = rules(terms, extra, fee_base, forum_outside)
        assert got == sorted(planned), (key, got, planned)
        assert ("post_warranty_fee_capped" in extra) == (terms["contract_kind"] == G), key
        label = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": got}
        (OUT / (FILES[key][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        tco_txt = "" if r is None else "  TCO %.2f, post-warranty share %.4f %%" % r
        print("%s  %-6s %d rules  %s%s" % (key, risk(got), len(got), ", ".join(got) or "(none)", tco_txt))

# ---------------------------------------------------------------------------------------------------------------
# Read-back: text lengths and a scan for any value sitting exactly on a policy threshold
# ---------------------------------------------------------------------------------------------------------------
THRESHOLDS = {
    "30 % (prepayment)": r"(?<![\d.])30\s*%|百分之三十|\b30 per ?cent|thirty per ?cent",
    "4 hours (P1 response)": r"(?<![\d.])4\s*(?:hours?|hrs?|小时|个小时)|(?<![十\d])四个?小时|\bfour\s*(?:\(4\)\s*)?hours?",
    "99.9 % (availability)": r"(?<![\d.])99\.9(?![\d])",
    "0.05 %/day (LD)": r"(?<![\d.])0\.05(?![\d])|万分之五(?![十\d])|千分之零点五",
    "15 % (post-warranty fee)": r"(?<![\d.])15\s*%|百分之十五|\b15 per ?cent|fifteen per ?cent",
    "100 % (liability cap)": r"(?<![\d.])100\s*%|百分之一?百|\b100 per ?cent|one hundred per ?cent",
    "12 months (warranty)": r"(?<![\d.])12\s*(?:months?|个月)|十二个月|twelve\s*(?:\(12\)\s*)?months?|一年质保|质保期为?一年|one[- ]year warranty",
    "40 % (TCO share)": r"(?<![\d.])40\s*%|百分之四十|\b40 per ?cent|forty per ?cent",
}


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            parts += ["\t".join(c.text for c in row.cells) for row in tb.rows]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def check():
    clean = True
    for key, (name, kind, _src) in FILES.items():
        text = read_back(OUT / name)
        size = "%d characters" % len(text) if key.startswith("h215z") else "%d words" % len(text.split())
        hits = [(label, m.group(0)) for label, rx in THRESHOLDS.items() for m in re.finditer(rx, text, re.I)]
        clean &= not hits
        print("%s  %-5s %-16s threshold hits: %s" % (key, kind, size, hits or "none"))
    return clean


if __name__ == "__main__":
    for key, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    write_labels()
    assert check(), "a value sits on a policy threshold"
