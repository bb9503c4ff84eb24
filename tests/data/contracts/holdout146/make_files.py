"""Builds the ten holdout146 contracts from the sources below, so the files can be made again.

The .md and .txt drafts are written as they stand; the two .docx and the two .pdf files are built with
../word_pdf.py (PDF paragraphs broken into lines at word boundaries, wrap_words=True).
Run with /work/main/.venv/bin/python -B make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h146z01 — provincial drug administration, smart supervision platform, 政府采购 公开招标, buyer's paper (.docx)
# ---------------------------------------------------------------------------------------------------------------
H146Z01 = """T:药品智慧监管平台建设项目采购合同
P:合同编号：DCYJ-ZFCG-2026-017
P:采购方式：公开招标（招标编号：DCZC2026-G0315）
P:甲方（采购人）：东川省药品监督管理局
P:乙方（供应商）：东川数智政务科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就药品智慧监管平台建设项目（以下简称“本项目”）的系统集成事宜，经协商一致，订立本合同。招标文件、投标文件和中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、定制开发、系统集成、数据迁移、培训及质保期内的运维支持，建成覆盖省、市、县三级药品监管部门的药品智慧监管平台。
P:1.2 平台包括：监管数据中台；许可审批协同、检查稽查、药品追溯协同、风险监测预警四个业务子系统；移动监管APP；与国家药品监管数据共享平台、省政务服务网及省电子证照库的接口。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰零贰万玖仟元整（¥4,029,000.00），为固定总价，包含设备、软件、开发、集成、运输、安装、调试、培训、税费及质保期内服务等全部费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|药品智慧监管平台软件许可（含监管数据中台、移动监管APP）|1套|1,286,000|1,286,000
TB:2|应用服务器|6台|96,500|579,000
TB:3|分布式存储|1套|338,000|338,000
TB:4|商用密码服务器及签名验签设备|1套|194,000|194,000
TB:|软硬件小计|||2,397,000
TB:5|四个业务子系统定制开发|1项|1,148,000|1,148,000
TB:6|系统集成、数据迁移与接口对接|1项|426,000|426,000
TB:7|培训及等保测评、密码应用安全性评估配合|1项|58,000|58,000
TB:|合计|||4,029,000
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥805,800.00。
P:3.2 系统通过初步验收并进入试运行后15个工作日内，甲方支付合同总价的45%，即¥1,813,050.00。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥1,410,150.00。
P:3.4 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:3.5 乙方应在每次付款前开具等额合法发票。
H:第四条 实施与交付
P:4.1 乙方应在合同生效后20个工作日内提交详细设计方案和实施计划，经甲方确认后实施。
P:4.2 设备应在合同生效后45日内运抵甲方指定机房（省政务云同城灾备中心）；系统应在合同生效后150日内完成部署、数据迁移和接口联调，具备初步验收条件。
H:第五条 验收
P:5.1 初步验收：系统具备条件后，乙方提出书面申请，甲方在10个工作日内组织初步验收。验收标准包括：（1）招标文件所列功能点全部实现；（2）历史许可、检查及追溯数据迁移完整，逐类抽样核对结果与原系统一致；（3）在500个并发用户下，常用查询响应时间不超过2秒，复杂统计不超过5秒；（4）与国家平台、省政务服务网、省电子证照库的接口连续7日运行无异常。
P:5.2 试运行及最终验收：初步验收合格后进入为期90日的试运行。试运行期间未发生一级故障，系统通过第三方网络安全等级保护第三级测评和商用密码应用安全性评估，且乙方已提交全部技术文档和定制开发源代码的，甲方组织专家进行最终验收，并出具最终验收报告。
P:5.3 设备到货签收、系统上线运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件缺陷修复、版本升级及7×24小时技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。故障分级及响应要求如下：一级故障（平台整体不可用或核心业务中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，12小时内解决；三级故障（一般问题）1个工作日内响应，5个工作日内解决。
P:6.3 乙方未达到上述服务水平的，一级故障响应或恢复每超时1小时，甲方从履约保证金或应付款项中扣减人民币2,000元；月度可用率每低于约定值0.01个百分点，扣减人民币3,000元。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过软硬件小计的9.5%（即每年不超过¥227,715.00），质保期满后前两年价格不上调，具体以双方另行签订的运维合同为准。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的业务子系统、接口程序、源代码、数据模型、设计及技术文档，其知识产权归甲方所有，乙方应在最终验收前全部移交；甲方有权自行或委托第三方使用、修改、升级和授权使用。
P:7.2 平台软件许可的知识产权仍归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可，许可范围覆盖省、市、县三级药品监管部门。
H:第八条 数据安全
P:8.1 平台中的药品生产经营企业信息、许可审批、检查稽查、追溯及监测数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求落实安全措施：运维人员实名登记并签署保密承诺，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕；测试环境只能使用经甲方脱敏的数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施，并在1小时内报告甲方。因乙方原因造成的数据安全事件，乙方承担全部赔偿责任及由此产生的监管处罚。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、监管信息、企业商业秘密及网络安全配置负有保密义务，未经甲方书面同意不得向第三方披露。本条义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限到货或具备初步验收条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。未经甲方事先书面同意，乙方不得将本项目的任何部分分包；经同意分包的，乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）严重违约，经甲方书面催告后15日内仍未纠正；（2）逾期交付超过60日；（3）最终验收两次不合格。
P:12.2 合同解除后，乙方应返还甲方已支付的相应款项并承担违约责任，已完成的定制开发成果及文档归甲方所有。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方两份。
P:甲方（盖章）：东川省药品监督管理局　　乙方（盖章）：东川数智政务科技有限公司
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h146z02 — battery-separator film plant, online defect inspection hardware + post-warranty maintenance (.txt)
# ---------------------------------------------------------------------------------------------------------------
H146Z02 = """锂电池隔膜在线瑕疵检测系统采购合同

合同编号：CM-SB-2026-0422
甲方（买方）：江苏澄膜新材料有限公司
地址：江苏省常州市金坛区华城路268号
乙方（卖方）：苏州睿视智能检测设备有限公司
地址：江苏省苏州市工业园区星湖街328号

甲方拟在其金坛基地四条湿法隔膜生产线上加装在线瑕疵检测系统。乙方愿意按照本合同约定提供设备、软件、安装调试、培训及售后服务。双方经平等协商，订立本合同，共同遵守。

一、合同标的与价格
（一）乙方为甲方四条湿法隔膜生产线（以下简称“产线”，编号L1至L4）提供在线瑕疵检测系统，对隔膜晶点、孔洞、褶皱、划痕、异物、厚度条纹等缺陷进行实时检测、分类、标记和统计，并将缺陷信息传送至甲方MES系统。
（二）合同总价为人民币贰佰壹拾玖万元整（¥2,190,000.00），含13%增值税。明细如下：
1. 线阵相机（16K）32台，单价38,500元，小计1,232,000元；
2. LED线光源及控制器32套，单价6,200元，小计198,400元；
3. 边缘计算工控机8台，单价26,800元，小计214,400元；
4. 缺陷检测与分类软件许可4套（每条产线一套，永久许可），单价68,000元，小计272,000元；
5. 相机安装支架及防护罩4套，单价15,600元，小计62,400元；
以上硬件及软件小计1,979,200元；
6. 安装调试及缺陷模型训练1项，186,000元；
7. 操作及维护培训1项，24,800元。
（三）上述价格为固定价格，包括设备、软件、包装、运输、保险、安装、调试、培训及质保期内的全部服务费用。

二、交货与安装
（一）乙方应在合同生效后60日内将全部设备运至甲方金坛基地指定地点，并按甲方停线计划分批安装，每条产线的停线安装时间不超过36小时。
（二）设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
（三）乙方应在全部设备到货后45日内完成四条产线的安装调试和缺陷模型训练，具备验收条件。
（四）乙方现场人员应遵守甲方洁净车间、消防及安全生产管理制度。

三、付款方式
（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即219,000元；
（二）全部设备到货签收后15个工作日内，甲方支付合同总价的50%，即1,095,000元；
（三）系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即766,500元；
（四）剩余5%即109,500元作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
乙方应在每笔付款前开具等额增值税专用发票。

四、验收
（一）验收标准：
1. 检测幅宽覆盖产线全幅（最大幅宽5.6米），在最高线速度80米/分钟下稳定运行；
2. 对直径不小于0.2毫米的孔洞、晶点和异物，以甲方标准缺陷样膜测试，检出率不低于98%；
3. 误报数量每千平方米不超过3个；
4. 缺陷分类结果与甲方质检人员复判结果的一致率不低于95%；
5. 四条产线连续72小时试运行，无死机、无漏检报警失效；
6. 与甲方MES系统接口正常，卷号、缺陷位置与分切标记一致。
（二）达到验收条件后，乙方书面申请，甲方在10个工作日内组织验收，合格的由双方签署最终验收报告。验收不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。
（三）设备安装完成、试运行或甲方在生产中使用，均不视为验收合格。

五、质量保证
（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费提供维修、零部件更换、软件升级及缺陷模型优化。
（二）故障分级响应：一级故障（任一产线检测系统停止工作或大面积漏检）乙方应在1小时内响应，8小时内到达现场，次日内恢复；二级故障（个别相机或部分功能异常）2小时内响应，48小时内解决。
（三）乙方一级故障响应或到场每超时1小时，应向甲方支付1,500元违约金，甲方可从质量保证金或应付款中扣除。
（四）质保期内同一部件更换两次仍不能正常工作的，乙方应免费更换同型号新品。

六、质保期满后的维保服务
（一）质保期满后，乙方按年提供维保服务，内容包括每季度一次定期巡检、零部件更换、软件升级、缺陷模型再训练，以及本合同第五条第（二）项规定的故障响应。
（二）年度维保服务费为硬件及软件小计的24%，即每年475,008元，自质保期满起五年内不上调。维保服务按年签订，甲方有权不续签。

七、知识产权
（一）缺陷检测与分类软件的知识产权归乙方所有，甲方获得永久、不可转让的使用许可。
（二）乙方为甲方训练的缺陷分类模型及其参数、标注样本库、针对甲方产线开发的统计报表及MES接口程序，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和升级。乙方应在验收时一并移交。

八、数据安全
（一）检测系统采集的缺陷图像、卷材质量数据、工艺参数和生产数据均属于甲方，乙方不得用于本合同以外的任何目的，不得拷贝带出甲方厂区或提供给第三方。
（二）检测系统部署在甲方生产网内，与互联网隔离。乙方远程支持须经甲方当次书面批准，并通过甲方提供的堡垒机进行；乙方现场人员使用的移动存储介质须经甲方检查登记。
（三）发生数据泄露或网络安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因导致的，乙方承担全部赔偿责任。

九、保密
乙方对履行合同中知悉的甲方工艺配方、产线参数、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密期限至合同终止后五年。

十、违约责任
（一）乙方逾期交货或逾期具备验收条件的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。
（二）乙方交付的设备不符合约定的，甲方有权要求更换或退货，并要求乙方赔偿损失。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或侵犯知识产权造成的损失除外。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

十一、分包
乙方不得将本合同项下的主要工作分包。支架安装等辅助工作需要分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。

十二、合同解除
（一）乙方逾期交货超过30日，或系统两次验收不合格，或有其他严重违约行为经甲方书面通知后15日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交常州仲裁委员会仲裁。

十四、其他
（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
（二）附件：1. 技术协议；2. 设备清单；3. 验收方案。附件与本合同具有同等效力。

甲方（盖章）：江苏澄膜新材料有限公司        乙方（盖章）：苏州睿视智能检测设备有限公司
授权代表：                                  授权代表：
日期：2026年  月  日                         日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h146z03 — piano-school chain, scheduling and student-management SaaS, three years + implementation (.md)
# ---------------------------------------------------------------------------------------------------------------
H146Z03 = """# 琴行排课与学员管理系统 SaaS 服务合同

合同编号：HX-SaaS-2026-031

**甲方**：杭州和弦艺术培训有限公司（旗下“和弦琴行”连锁门店24家）
住所：浙江省杭州市西湖区文二西路118号

**乙方**：上海乐排信息技术有限公司
住所：上海市徐汇区漕溪北路595号

甲方为统一管理旗下各门店的排课、学员和收费业务，拟采购乙方“乐排”云平台服务。双方经协商一致，订立本合同。

## 1 服务内容

1.1 乙方通过其“乐排”云平台向甲方提供琴行排课与学员管理SaaS服务，功能包括：教师及琴房排课、学员档案、课时包与消课、续费提醒、家长端小程序（约课、请假、缴费、课后点评）、收银对账和门店经营报表。

1.2 服务范围为甲方现有24家门店，开通管理员及教师账号不超过400个；家长端小程序以甲方品牌上线。

1.3 乙方提供一次性实施服务：历史学员、课时包余额及排课数据迁移，24家门店的系统配置，小程序品牌配置及上线，门店店长和教师培训。

1.4 乙方为甲方指定一名客户成功经理，负责日常对接、需求收集和季度服务回顾。乙方每季度向甲方提交服务报告，内容包括月度可用率、故障处理记录及新功能说明。

## 2 服务期限与续期

2.1 订阅服务期为三年，自上线验收合格之日起计算。

2.2 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。续期年度的订阅费由乙方按其届时标准价格确定，上调幅度不超过上一年度订阅费的10%，乙方应在续期前15日通知甲方。

## 3 费用与支付

3.1 费用明细如下：

| 项目 | 计价方式 | 金额（元） |
|---|---|---|
| 订阅服务费 | 24家门店 × 8,600元/店/年 × 3年 | 619,200 |
| 实施服务费（数据迁移、配置、小程序上线、培训） | 一次性 | 68,800 |
| 合同总价 | | 688,000 |

3.2 订阅服务费按季度结算，每季度51,600元，于每个服务季度结束后15个工作日内支付。

3.3 实施服务费在上线验收合格后15个工作日内一次性支付。

3.4 本合同不设预付款。服务期内门店数增加的，新增门店按8,600元/店/年、按实际服务天数折算计费。

3.5 乙方在每次收款前开具增值税专用发票。

## 4 实施与上线验收

4.1 乙方应在合同签订后45日内完成实施并具备上线条件。

4.2 上线验收标准：（1）历史学员、课时包余额及未来四周排课数据迁移后，与甲方原系统逐店核对一致；（2）第1.1条所列功能全部可用；（3）小程序约课、请假及微信支付缴费流程在全部门店测试通过；（4）连续7日试运行无一级故障。

4.3 甲方在收到乙方验收申请后7个工作日内组织验收，合格的签署上线验收单。系统开通或门店开始使用，均不视为验收合格。

4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金500元。

4.5 甲方应在实施期间按乙方模板提供历史数据导出文件、门店及教师信息，并指定项目联系人；因甲方原因导致延误的，上线期限相应顺延。

## 5 服务水平

5.1 乙方承诺平台月度可用率不低于99.5%（经甲方同意的计划维护时间除外，计划维护应安排在22:00至次日7:00之间）。

5.2 故障响应：一级故障（平台或小程序无法登录，排课或缴费功能整体不可用）30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决；一般咨询1个工作日内答复。乙方提供7×24小时故障受理热线。

5.3 服务抵扣：月度可用率低于约定值的，每低0.1个百分点，抵扣当季订阅费的2%，最高抵扣当季订阅费的20%；一级故障响应超时的，每次抵扣1,000元。

5.4 平台版本升级不得减少本合同约定的功能，影响门店使用的升级应提前3日通知甲方。

## 6 知识产权

6.1 “乐排”平台及其软件、源代码的知识产权归乙方所有，甲方在服务期内享有使用权。

6.2 乙方为甲方定制的报表模板、小程序页面设计、课程体系配置，以及甲方提供的品牌标识和教学素材，归甲方所有；甲方可自由使用、修改并交由第三方使用。

## 7 甲方数据

7.1 甲方在平台上产生和上传的学员、家长、教师、课时和收费数据（“甲方数据”）归甲方所有。

7.2 甲方同意，乙方可在去除学员及家长身份信息后，将甲方数据中的课时消耗、续费、排课及上课行为数据用于乙方的行业报告、产品改进和算法训练，该使用在本合同终止后仍可继续。

7.3 服务终止后30日内，乙方应按甲方要求以通用格式导出并移交全部甲方数据，随后删除其系统中的甲方数据并出具删除证明。

## 8 数据安全

8.1 平台部署于境内云服务，已通过网络安全等级保护第三级测评。乙方应对甲方数据进行传输和存储加密，按最小必要原则设置访问权限，操作日志保存不少于六个月。

8.2 甲方学员中多为未成年人，乙方应按照《中华人民共和国个人信息保护法》关于未成年人个人信息的规定处理相关信息。

8.3 发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部赔偿责任。

8.4 乙方每年委托第三方进行一次渗透测试，并向甲方提供测试结论摘要；乙方员工访问甲方数据须经审批并留存记录。

## 9 保密

9.1 双方对因本合同知悉的对方商业秘密负有保密义务，包括甲方的学员名单、收费标准、教师薪酬及经营数据。保密期至合同终止后三年。

## 10 分包

10.1 乙方使用的云基础设施服务商为阿里云计算有限公司，甲方签署本合同即视为同意。除此之外，乙方将本合同项下任何服务分包给第三方的，须事先取得甲方书面同意。

## 11 违约与责任限制

11.1 任何一方违约给对方造成损失的，应予赔偿。

11.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露及侵犯知识产权造成的损失不受此限。

11.3 甲方逾期支付服务费的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

## 12 合同解除

12.1 乙方严重违约，或连续两个月月度可用率低于约定值，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还甲方已支付但尚未提供服务期间的费用。

12.2 甲方连续两个季度无正当理由未付费，经乙方书面催告后30日内仍未支付的，乙方有权解除合同。

12.3 合同解除或终止的，乙方按第7.3条移交甲方数据，并在移交完成前为甲方保留平台只读访问。

## 13 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方协商不成的，任何一方均可向甲方所在地人民法院起诉。

## 14 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 双方的通知以书面形式送达本合同首部所列地址或双方指定的电子邮箱。

14.3 附件：1. 功能清单；2. 实施计划；3. 门店清单。

甲方（盖章）：杭州和弦艺术培训有限公司　　乙方（盖章）：上海乐排信息技术有限公司

日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h146z04 — city housing-provident-fund centre, platform annual O&M, 政府采购 竞争性磋商 (.pdf)
# ---------------------------------------------------------------------------------------------------------------
H146Z04 = """T:住房公积金综合服务平台运维服务合同
P:项目名称：东川市住房公积金综合服务平台2026—2027年度运维服务
P:项目编号：DCS-CS-2026-068（竞争性磋商）
P:甲方（采购人）：东川市住房公积金管理中心
P:住所：东川市新城区政务中心B座6楼
P:乙方（供应商）：东川汇通信息系统有限公司
P:住所：东川市高新区软件园三期9号楼
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，订立本合同。
H:第一条 服务范围
P:（一）住房公积金综合服务平台（含归集、提取、贷款、核算、稽核子系统）、网上服务大厅、手机公积金APP及12329服务热线系统接口的应用运维；
P:（二）平台所用数据库、中间件的运维及性能优化；
P:（三）中心机房及同城灾备中心的服务器、存储、网络和安全设备运维；
P:（四）驻场运维：乙方派驻5名运维工程师，工作日8:30至17:30驻场，节假日及夜间安排值班；
P:（五）安全加固、漏洞修复、年度应急演练，以及网络安全等级保护测评的配合和整改；
P:（六）运维服务台：提供7×24小时服务热线及工单系统，受理中心各科室、各管理部及受托银行网点的故障报告和服务请求。
P:（七）人员要求：驻场工程师须具备相应的数据库、中间件或网络安全专业证书，项目经理须具备信息系统项目管理资格。驻场人员未经甲方同意不得更换；确需更换的，乙方应提前15日书面申请，新人员资质不得低于原人员。
H:第二条 服务期限
P:服务期自2026年7月1日起至2027年6月30日止。期满后本合同终止，不自动续期；甲方如需继续采购，依法另行组织。
H:第三条 合同价款
P:合同总价为人民币壹佰肆拾壹万肆仟元整（¥1,414,000.00），为包干价，包括人员、工具、备品备件、差旅及税费。明细如下：
P:1. 应用系统运维 486,000元；
P:2. 数据库及中间件运维 236,000元；
P:3. 基础设施运维 198,000元；
P:4. 驻场运维人员 5人 × 72,800元/人·年 = 364,000元；
P:5. 安全加固与应急演练 84,000元；
P:6. 等保测评配合及整改 46,000元。
H:第四条 付款方式
P:（一）本合同不设预付款。服务费按季度支付，每季度353,500元。
P:（二）每个服务季度结束后，甲方依照第七条进行季度考核，考核结果确认后15个工作日内支付当季服务费（扣除考核扣款后的金额）。
P:（三）乙方应在每次付款前开具等额合法发票。
H:第五条 服务水平
P:（一）平台（含网上服务大厅和手机APP）月度可用率不低于99.98%。计划内维护须提前3个工作日报甲方批准，并安排在非办公时间进行。
P:（二）故障分级：一级故障（归集、提取、贷款核心业务中断，或网上服务大厅、手机APP整体不可用）15分钟内响应，1小时内到达现场，3小时内恢复业务；二级故障（部分功能异常或性能明显下降）30分钟内响应，8小时内解决；三级故障1个工作日内解决。
P:（三）数据库每日增量备份、每周全量备份，每季度开展一次恢复演练。
P:（四）乙方应于每月5日前提交上月运维月报，内容包括系统运行情况、故障及处理记录、变更记录、安全事件及风险提示。
P:（五）未达到上述服务水平的，按以下标准在当季服务费中扣减：一级故障响应或恢复每超时30分钟扣减3,000元；月度可用率每低于约定值0.01个百分点扣减2,000元；备份或恢复演练未按时完成的，每次扣减2,000元。
H:第六条 专项任务
P:（一）乙方应在合同生效后30日内完成运维交接和系统安全基线核查，并在甲方书面通知后20日内完成年度安全加固。
P:（二）乙方未按上述期限完成的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
H:第七条 考核与验收
P:（一）季度考核：甲方按磋商文件所附《运维服务考核细则》对乙方进行季度考核，考核内容包括服务水平达成情况、工单处理及时率、巡检记录、驻场人员出勤及用户满意度，考核结果作为付款依据。
P:（二）年度验收：服务期满前，乙方提交年度运维报告、全部巡检记录、变更记录及运维文档，甲方对照第一条服务内容和第五条服务水平逐项验收，出具年度验收意见。
P:（三）年度验收不合格的，乙方应在15日内整改并重新提交验收；整改期间乙方应继续按本合同标准提供服务，且不另行收费。
H:第八条 数据安全
P:（一）平台中缴存职工、缴存单位和个人住房贷款等全部业务数据归甲方所有。乙方仅可为运维目的接触数据，不得查询与运维无关的个人信息，不得复制、下载或向任何第三方提供。
P:（二）乙方人员须通过甲方背景审查并签署保密承诺书；所有运维操作须通过甲方堡垒机进行并全程审计，禁止私自远程接入。
P:（三）发生数据泄露、篡改或丢失的，乙方应在30分钟内向甲方报告并立即处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的监管处罚及对缴存职工的赔偿。
P:（四）服务期满或合同解除后，乙方应交还全部账号和权限，删除或销毁其掌握的甲方数据及存储介质，并向甲方出具书面说明。
H:第九条 保密
P:乙方对在服务过程中知悉的甲方工作秘密、缴存职工个人信息、系统架构、账号口令和安全配置负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:乙方在运维过程中为甲方形成的运维文档、脚本、配置基线、应急预案等成果，知识产权归甲方所有，甲方可自由使用、修改并提供给后续服务商。
H:第十一条 分包
P:乙方可将机房动力环境巡检、硬件设备返厂维修等非核心工作交由具备相应资质的第三方实施，但应提前5个工作日书面告知甲方，并对第三方的工作承担责任。应用系统及数据库运维不得分包。
H:第十二条 违约责任与赔偿限额
P:（一）乙方违反本合同约定的，除按第五条扣款或按第六条支付违约金外，还应赔偿甲方因此遭受的损失。
P:（二）乙方在本合同项下的累计赔偿责任（含扣款和违约金）以合同总价的50%为限，但因乙方故意或重大过失导致数据泄露的除外。
P:（三）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十三条 合同解除
P:（一）乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面催告后15日内仍未纠正的，甲方有权解除合同。
P:（二）合同解除或期满时，乙方应配合甲方及后续服务商完成运维交接，交接期不少于30日，交接期间服务标准不变。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:（一）本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。
P:（二）磋商文件、响应文件、成交通知书及《运维服务考核细则》为本合同的组成部分。
P:（三）附件：1. 运维服务内容清单；2. 运维服务考核细则；3. 驻场人员名单及资质证明。
P:甲方（盖章）：东川市住房公积金管理中心　　乙方（盖章）：东川汇通信息系统有限公司
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h146z05 — preserved-fruit maker, QMS licence + custom development, the supplier's own template (.md)
# ---------------------------------------------------------------------------------------------------------------
H146Z05 = """# “质衡QMS”软件许可及定制开发合同

（乙方标准合同文本 V4.0）

合同编号：ZH-QMS-2026-0517

- **甲方（用户）**：潮州市金果园食品有限公司
  住所：广东省潮州市潮安区庵埠镇食品工业园二路16号
- **乙方（服务商）**：广州质衡软件科技有限公司
  住所：广州市天河区软件路11号质衡大厦

甲方为提升凉果蜜饯产品的质量管理和追溯能力，选用乙方“质衡QMS”质量管理系统。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。

## 第一章 标的与价款

### 第1条 合同标的

1.1 乙方向甲方提供“质衡QMS”质量管理系统标准版软件许可（50个并发用户，含来料检验、过程检验、成品检验、不合格品管理、CAPA、文件与培训管理六个模块），并按甲方需求进行定制开发及实施。

1.2 定制开发内容：HACCP关键控制点（糖渍、烘干、金属检测）在线监控；原料—批次—成品—发货全程追溯；供应商来料检验评分；与甲方用友U8 ERP的物料及批次接口；食品安全抽检报告自动生成。

1.3 具体需求以双方确认的《需求说明书》为准。需求说明书确认后的任何变更，乙方另行报价。

1.4 标准版软件的功能以乙方发布的产品说明书为准。

### 第2条 合同价款

| 项目 | 金额（元） |
|---|---|
| 质衡QMS标准版软件许可（永久，50并发用户） | 380,000 |
| 定制开发 | 296,000 |
| 实施、部署及培训 | 58,000 |
| **合计** | **734,000** |

上述价款含增值税，不含甲方服务器、数据库及操作系统费用。

### 第3条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，即403,700元。乙方收到该款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的45%，即330,300元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方并有权暂停实施及技术支持。

3.4 乙方在收到每笔款项后开具增值税专用发票。

## 第二章 交付与验收

### 第4条 交付

4.1 乙方在收到首付款后90日内完成定制开发，并在甲方服务器上部署上线。因甲方需求变更、基础数据准备延迟或现场条件不具备导致延期的，交付期相应顺延。

4.2 甲方应按时提供服务器、操作系统、数据库及网络环境，指定项目联系人，配合需求调研、基础数据准备和系统测试。甲方未按时配合的，乙方有权顺延交付，并按每人每日1,500元收取人员等待费用。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的2%。

### 第5条 验收

5.1 系统在甲方服务器上安装部署完成并上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后使用中发现的问题，由乙方在免费维护期内按第6条处理，不影响验收结论及付款。

## 第三章 维护与服务

### 第6条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供缺陷修复、远程技术支持和版本补丁。

6.2 故障响应：一级故障（系统无法登录或检验数据无法录入）乙方在工作时间内8小时内响应；二级故障两个工作日内响应；其他问题按乙方服务排期处理。支持方式以电话和远程为主，确需现场支持的，差旅费由甲方承担。

6.3 乙方响应超时的，每次向甲方提供价值200元的服务抵用券，可在续签年度维护时抵扣。

6.4 下列情形不属于免费维护范围：甲方自行修改系统配置或数据库；病毒、硬件及网络故障；第三方软件问题；甲方新增的需求。

### 第7条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持及版本升级，应与乙方签订年度维护合同，年度维护费按乙方当年度公布的服务价格标准执行。

7.2 未签订年度维护合同的，乙方不再提供任何支持，系统因此出现的问题由甲方自行承担。

## 第四章 权利与义务

### 第8条 知识产权

8.1 “质衡QMS”软件及其文档的全部知识产权归乙方所有。

8.2 乙方依据本合同为甲方定制开发的功能模块、接口程序、报表及源代码，知识产权亦归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

### 第9条 数据

9.1 甲方录入系统的检验记录、批次及供应商数据归甲方所有。

9.2 甲方同意，乙方可对甲方数据进行脱敏处理后，用于乙方食品行业质量数据库、产品改进及行业分析报告。

### 第10条 数据安全

10.1 系统部署在甲方服务器上。乙方远程维护时应使用甲方提供的账号，遵守甲方的网络安全管理制度，并采取防病毒、访问控制等安全措施，不得擅自导出甲方数据。

10.2 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后及时通知甲方，协助恢复数据并承担相应赔偿责任，赔偿以第13条约定的上限为限。

### 第11条 保密

11.1 双方对在合作中知悉的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

11.2 乙方有权在其宣传资料和客户名单中使用甲方的名称及标识。

### 第12条 合作伙伴

12.1 乙方有权根据项目需要，将部分开发、实施工作委托其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作质量负责。

## 第五章 责任与争议

### 第13条 责任限制

13.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

13.2 乙方不承担甲方的利润损失、商誉损失、产品召回损失等间接损失。

### 第14条 合同解除

14.1 任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除合同。

14.2 甲方因自身原因解除合同的，已付款项不予退还。

14.3 甲方逾期付款超过30日的，乙方有权解除合同，并要求甲方支付已完成工作的费用。

### 第15条 不可抗力

15.1 因不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方并提供证明。

### 第16条 法律适用与争议解决

16.1 本合同适用中华人民共和国法律。

16.2 因本合同产生的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

### 第17条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同未尽事宜，由双方另行协商。双方的通知以书面形式送达本合同首部所列地址。

17.3 附件：《需求说明书》《实施计划》。

甲方（盖章）：潮州市金果园食品有限公司　　乙方（盖章）：广州质衡软件科技有限公司

日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h146e01 — Jinjiang sportswear maker, merchandise-planning perpetual licence + configuration + support; vendor on
# Lambay, Irish style, "Clause N" (.docx)
# ---------------------------------------------------------------------------------------------------------------
H146E01 = """T:Merchandise Planning Software Licence and Services Agreement
P:Agreement No. LRA-CN-2026-014
P:THIS AGREEMENT is made on the ____ day of ______________ 2026
P:BETWEEN:
P:(1) LAMBAY RETAIL ANALYTICS LIMITED, a private company limited by shares incorporated in Ireland (company number 604117), whose registered office is at The Coastguard Cottages, Lambay Island, County Dublin, Ireland (the "Licensor"); and
P:(2) FUJIAN XUNFENG SPORTSWEAR CO., LTD., a company established under the laws of the People's Republic of China, whose registered office is at No. 88 Chendai Industrial Road, Jinjiang, Fujian Province (the "Customer").
P:WHEREAS the Licensor owns the "Lambay Plan" merchandise planning software, and the Customer, which designs and sells sportswear and footwear through its own stores, franchise partners and online channels, wishes to plan its seasonal ranges and buying budgets with it. At the Customer's request, all amounts under this Agreement are stated and payable in Chinese Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions
P:1.1 In this Agreement: "Software" means the Lambay Plan software (merchandise financial planning, assortment planning, open-to-buy and allocation modules) in object code, with its documentation and any updates supplied under this Agreement; "Configuration Deliverables" means the planning hierarchies, season and channel templates, custom reports, integration mappings and scripts prepared by the Licensor specifically for the Customer; "Go-Live" means the first use of the Software for a live season plan; "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Clause 6; and "Business Day" means a day other than a Saturday, Sunday or public holiday in the PRC.
H:Clause 2 Grant of Licence
P:2.1 In consideration of the Licence Fee, the Licensor grants to the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers controlled by the Customer in the PRC, for up to sixty (60) named users, for the internal business purposes of the Customer and its subsidiaries, including copies for backup, testing and disaster recovery.
H:Clause 3 Configuration and Implementation Services
P:3.1 The Licensor shall configure the Software in accordance with the Statement of Work at Schedule 2, including the product hierarchy (category, style, colour and size), three sales channels (own retail, franchise and e-commerce), the spring/summer and autumn/winter season templates, the open-to-buy process and twenty custom reports.
P:3.2 The Licensor shall build and test interfaces between the Software and the Customer's ERP system (product master, purchase orders and inventory) and POS system (daily sales by store), and shall train up to twenty key users and two administrators in Jinjiang, with training materials in Chinese.
H:Clause 4 Fees and Payment
P:4.1 The Contract Price is CNY 2,290,000, inclusive of applicable PRC taxes, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Perpetual licence, Lambay Plan, 60 named users (the "Licence Fee")|1,420,000
TB:2|Configuration services under Schedule 2|586,000
TB:3|ERP and POS integration|238,000
TB:4|Training of key users and administrators|46,000
TB:|Contract Price|2,290,000
P:4.2 The Contract Price shall be paid in three instalments: (a) twenty per cent (20%), being CNY 458,000, within twenty Business Days after signature of this Agreement; (b) forty-five per cent (45%), being CNY 1,030,500, within twenty Business Days after Go-Live; and (c) thirty-five per cent (35%), being CNY 801,500, within twenty Business Days after Final Acceptance.
H:Clause 5 Timetable and Delay
P:5.1 The Licensor shall achieve Go-Live within one hundred and twenty (120) days after the date of this Agreement and shall make the Software ready for Final Acceptance testing within sixty (60) days after Go-Live.
P:5.2 If the Licensor fails to meet either date in Clause 5.1 for reasons attributable to it, it shall pay the Customer liquidated damages of CNY 1,500 for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. The parties agree that this amount is a genuine pre-estimate of loss and not a penalty.
H:Clause 6 Acceptance
P:6.1 The Software and the Configuration Deliverables pass the Final Acceptance tests in Schedule 2 when: (a) all functions listed in Schedule 2 operate as described; (b) a complete season plan for two brands has been built, reconciled to the ERP and approved by the Customer's planning director; (c) the ERP and POS interfaces have run daily for twenty consecutive Business Days with no unreconciled difference; (d) the standard plan views open in under three seconds for fifty concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:6.2 When the tests are passed, the Customer shall sign a Final Acceptance Certificate within ten Business Days; if not, the Licensor shall correct the defects at its own cost and the tests shall be repeated. Go-Live, live use of the Software or payment of any instalment shall not constitute acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that, for twenty-four (24) months from Final Acceptance (the "Warranty Period"), the Software and the Configuration Deliverables will perform materially in accordance with their documentation and Schedule 2. During the Warranty Period the Licensor shall, free of charge, correct all defects, supply all updates and new releases, and provide the support described in Clause 8.
H:Clause 8 Support and Service Levels
P:8.1 The Licensor shall provide a Chinese-speaking help desk from 8:00 to 20:00 China Standard Time on Business Days, and by telephone at all times for Severity 1 incidents. Incidents are handled as follows:
TB:Severity|Definition|Response time|Resolution or workaround
TB:Severity 1|Software unavailable, or plan data corrupted, for all users|1 hour, at any time|8 hours
TB:Severity 2|A major function or an interface not working|2 business hours|2 Business Days
TB:Severity 3|Minor function impaired, workaround available|1 Business Day|next release
P:8.2 If the Licensor misses a Severity 1 response or resolution time, it shall pay, or credit against the next amount due, CNY 1,000 for each hour or part of an hour of delay; for Severity 2, CNY 400 for each Business Day of delay.
H:Clause 9 Annual Support after the Warranty Period
P:9.1 After the Warranty Period, the Customer may purchase Annual Support, covering the services in Clauses 7 and 8, by a purchase order for each year. Annual Support does not renew automatically.
P:9.2 The Annual Support Fee is thirteen per cent (13%) of the Licence Fee, being CNY 184,600 per year, fixed for the first three years after the Warranty Period. Thereafter any increase shall be agreed in writing and shall not exceed three per cent (3%) per year.
H:Clause 10 Intellectual Property
P:10.1 The Software and all intellectual property rights in it remain with the Licensor.
P:10.2 All intellectual property rights in the Configuration Deliverables vest in the Customer upon creation. The Licensor shall deliver them, including source scripts and mappings, no later than Final Acceptance. The Customer may use, copy, modify and license them freely, including through third-party service providers.
H:Clause 11 Customer Data and Security
P:11.1 All data entered into or generated by the Software, including sales, stock, cost and margin data and plans ("Customer Data"), belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement, on the Customer's instructions, and shall not use it for any other purpose, including benchmarking or product development.
P:11.2 The Software is installed in the Customer's data centre in Jinjiang. The Licensor shall access it only through the Customer's VPN with multi-factor authentication, after the Customer's IT department has approved each session, and shall not copy Customer Data out of the PRC or to any system outside the Customer's control.
P:11.3 The Licensor shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Customer within twelve hours of becoming aware of any actual or suspected security incident affecting Customer Data, and shall be liable for all loss and costs arising from any incident caused by its breach of this Clause 11.
H:Clause 12 Confidentiality
P:12.1 Each party shall keep confidential all information of the other party received under this Agreement, in particular the Customer's product ranges, buying budgets, suppliers, costs and margins, and shall use it only to perform this Agreement. This obligation survives termination for five years.
H:Clause 13 Liability
P:13.1 Neither party limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 11 or Clause 12.
P:13.2 Subject to Clause 13.1, the Licensor's total liability under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed one hundred and fifty per cent (150%) of the Contract Price. Neither party is liable for indirect or consequential loss.
H:Clause 14 Subcontracting
P:14.1 The Licensor shall not subcontract any of its obligations without the Customer's prior written consent, and remains responsible for any approved subcontractor.
H:Clause 15 Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach which is not remedied within thirty (30) days of written notice requiring it to be remedied, if liquidated damages under Clause 5.2 reach their maximum, or if the Licensor becomes insolvent or has an examiner or receiver appointed. On termination before Final Acceptance, the Licensor shall refund the amounts paid for work not accepted.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:16.2 The courts of Ireland sitting in Dublin have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 17 General
P:17.1 This Agreement, with its Schedules (1: Price Schedule; 2: Statement of Work and Acceptance Test Plan), is the entire agreement between the parties. No amendment is effective unless made in writing and signed by both parties.
P:IN WITNESS whereof the parties have executed this Agreement on the date first written above.
P:SIGNED by ______________________, duly authorised for and on behalf of LAMBAY RETAIL ANALYTICS LIMITED
P:SIGNED by ______________________, duly authorised for and on behalf of FUJIAN XUNFENG SPORTSWEAR CO., LTD.
"""

# ---------------------------------------------------------------------------------------------------------------
# h146e02 — Zhangjiajie tour operator, tour-booking SaaS, Order Form + General Terms; vendor on Fraueninsel, German
# style, "§ N (1)" (.txt)
# ---------------------------------------------------------------------------------------------------------------
H146E02 = """ORDER FORM No. CRT-OF-2026-0093
TourDesk Tour-Booking Platform

Provider: Chiemsee Reisetechnik GmbH, Fraueninsel 14, 83256 Chiemsee, Germany
Commercial register: Local Court (Amtsgericht) Traunstein, HRB 28714
Managing director: Dr. Katharina Obermaier

Customer: Zhangjiajie Qingyan Travel Service Co., Ltd., No. 6 Tianmen Road, Yongding District, Zhangjiajie, Hunan Province, People's Republic of China

1. Services ordered
TourDesk tour-booking platform, provided as software as a service: booking engine for day tours and multi-day packages (Tianmen Mountain, Zhangjiajie National Forest Park, Baofeng Lake); allotment management for hotels, coaches, guides and tickets; B2B portal for travel agents; WeChat mini-program front end; WeChat Pay and Alipay integration; channel manager to online travel agencies; management reporting.
Scope: up to 60 back-office users and 400 agent accounts; Chinese and English user interface.

2. Subscription Term
Thirty-six (36) months from the Service Start Date. The Service Start Date is the date of Onboarding Acceptance under § 3 of the General Terms.

3. Fees (in CNY at the Customer's request)
   Subscription Fee, fixed, per month ................ CNY 46,800
   Subscription Fees for the Subscription Term (36 x CNY 46,800) ... CNY 1,684,800
   Onboarding Fee, one-time .......................... CNY 124,000
   Total Contract Value .............................. CNY 1,808,800
All fees include applicable taxes.

4. Payment
The Onboarding Fee is invoiced upon Onboarding Acceptance. The Subscription Fee is invoiced monthly in arrears. Invoices are payable within thirty (30) days of receipt. No advance payment is due.

5. Hosting
Production and backup environments in the Alibaba Cloud Beijing region. First- and second-level support is provided by the Provider's branch office in Changsha.

6. Contract documents
This Order Form, the attached General Terms and Conditions for TourDesk Subscriptions (version 2026-01) and the Annex "Onboarding Plan and Acceptance Tests" form the contract.

For the Provider: ____________________   Place, date: Fraueninsel, __________
For the Customer: ____________________   Place, date: Zhangjiajie, __________


GENERAL TERMS AND CONDITIONS FOR TOURDESK SUBSCRIPTIONS
(version 2026-01)

§ 1 Scope
(1) These General Terms apply to all subscriptions to the TourDesk platform ("Services") concluded between Chiemsee Reisetechnik GmbH ("Provider") and its customers ("Customer"). Terms defined in the Order Form have the same meaning here.
(2) General terms of business of the Customer do not apply.

§ 2 Subject Matter of the Services
(1) The Provider makes the Services available to the Customer via the internet for the Subscription Term, in the scope described in the Order Form. The Provider shall not materially reduce the functions described in the Order Form during the Subscription Term.
(2) The Customer receives, for the Subscription Term, the non-exclusive and non-transferable right to use the Services for its own business and that of its travel-agent partners.

§ 3 Onboarding and Acceptance
(1) Onboarding comprises: import of the Customer's products, prices and allotments; configuration of the booking engine, agent portal and mini-program in the Customer's design; connection of the payment providers and three online travel agencies; and training of 20 key users in Zhangjiajie.
(2) The Provider shall make the Services ready for acceptance testing within sixty (60) days after signature of the Order Form.
(3) The acceptance tests in the Annex are passed when: (a) all products and allotments have been imported and checked by the Customer; (b) 200 test bookings across all channels, including payment and refund, have been processed correctly; (c) availability updates reach the connected online travel agencies within two minutes; and (d) no Priority 1 or Priority 2 defect is open. The Customer shall declare acceptance in a written acceptance protocol (Abnahmeprotokoll) within ten (10) working days after the tests are passed. Use of the Services in live operation does not constitute acceptance.
(4) If the Services are not ready for acceptance testing by the date in paragraph (2) for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of CNY 1,200 for each calendar day of delay, limited to a total of CNY 90,000. Further claims for damages remain unaffected; the penalty is credited against them.

§ 4 Service Levels
(1) The Provider guarantees an availability of the booking engine, the agent portal and the mini-program back end of 99.95 % per calendar month, measured at the internet gateway of the data centre. Scheduled maintenance announced at least five (5) days in advance and carried out between 01:00 and 06:00 China Standard Time is not counted as downtime.
(2) Incidents are handled as follows:
    Priority 1 - booking or payment not possible for all users: response within 30 minutes, 24 hours a day, 7 days a week; restoration target 3 hours.
    Priority 2 - a major function impaired (for example the channel manager or the agent portal): response within 2 hours during service hours (08:00 to 22:00 China Standard Time, daily); resolution by the next day.
    Priority 3 - other defects and questions: response within 1 working day.
(3) Service credits: for each full 0.1 percentage point by which the monthly availability falls short of the guaranteed value, the Customer receives a credit of 3 % of the monthly Subscription Fee, up to 25 % of the monthly Subscription Fee. For each commenced hour by which the Provider exceeds the Priority 1 response time, the Customer receives a credit of CNY 800. Credits are set off against the next invoice.

§ 5 Fees, Payment and Price Adjustment
(1) The fees are set out in the Order Form. Invoices are issued electronically.
(2) With effect from the beginning of each Renewal Term under § 6 (2), the Provider may increase the Subscription Fee by up to 5 % over the fee then applicable, by notice in text form given at least two months before the Renewal Term begins.

§ 6 Term, Renewal and Termination
(1) The contract begins upon signature of the Order Form and runs for the Subscription Term.
(2) Thereafter, the contract is automatically extended by one year at a time ("Renewal Term"), unless either party gives notice of termination at least three (3) months before the end of the current term.
(3) The right of each party to terminate for good cause (aus wichtigem Grund) without notice remains unaffected. Good cause for the Customer exists in particular if the Provider materially breaches its obligations and fails to remedy the breach within twenty (20) days after a written warning, or if the Customer is entitled to the maximum availability credit under § 4 (3) in two consecutive months.
(4) Upon the end of the contract, the Provider shall make all Customer Data available for export in a common format for thirty (30) days, and shall then delete it and confirm the deletion in writing.

§ 7 Customer Data and Data Protection
(1) All data entered into or generated in the Services for the Customer, in particular bookings, travellers' personal information including identity-document numbers, agent data and prices ("Customer Data"), belongs to the Customer. The Provider processes Customer Data solely to provide the Services and in accordance with the Customer's instructions, and shall not use it for any other purpose.
(2) The Provider maintains an information-security management system certified to ISO/IEC 27001. Customer Data is stored only in the mainland-China hosting region named in the Order Form, is encrypted in transit and at rest, and is accessible only to authorised personnel with multi-factor authentication; all access is logged and the logs are kept for at least six months. The production environment has been filed at level 3 of the PRC Multi-Level Protection Scheme.
(3) Personal information is not transferred outside the People's Republic of China. The Provider's staff in Germany have no access to personal information.
(4) The Provider shall notify the Customer of any security incident affecting Customer Data within twelve (12) hours after becoming aware of it, shall take all necessary remedial measures, and is liable for the damage resulting from any breach of this § 7.

§ 8 Rights to Work Results
(1) The platform, its software and documentation remain the property of the Provider.
(2) The configurations, tour and package templates, the design of the mini-program, translated content and reports created specifically for the Customer ("Customer Materials") belong to the Customer. To the extent that rights cannot be transferred by law, the Customer receives the exclusive, perpetual, irrevocable and transferable right to use, modify and license the Customer Materials in any manner.

§ 9 Confidentiality
(1) Each party shall keep secret all confidential information of the other party, in particular prices, contract rates with hotels and attractions and customer lists, and shall use it only for the performance of the contract. This obligation continues for three (3) years after the end of the contract.

§ 10 Subcontractors
(1) The Provider may use subcontractors to render the Services, including hosting providers and local implementation partners. The Provider shall inform the Customer of any new subcontractor in text form (e-mail suffices) at least fourteen (14) days before engaging it.
(2) The Provider remains responsible for the performance of its subcontractors as for its own.

§ 11 Liability
(1) The Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In cases of slight negligence, the Provider is liable only for the breach of an essential contractual obligation (Kardinalpflicht) and only for the typical, foreseeable damage.
(3) Subject to paragraph (1), the Provider's total aggregate liability under this contract is limited to the Subscription Fees paid by the Customer for the six (6) months preceding the event giving rise to the liability.

§ 12 Force Majeure
Neither party is liable for delays caused by force majeure, including natural disasters, epidemics and governmental measures. The affected party shall inform the other party without delay.

§ 13 Governing Law and Disputes
(1) At the Customer's request, this contract is governed by the laws of the People's Republic of China.
(2) All disputes arising out of or in connection with this contract shall be finally settled by the Shanghai International Arbitration Center in accordance with its arbitration rules. The seat of arbitration is Shanghai and the language of the proceedings is English.

§ 14 Final Provisions
(1) Amendments to the contract must be made in writing.
(2) Should any provision of this contract be or become invalid, the validity of the remaining provisions is not affected.
"""

# ---------------------------------------------------------------------------------------------------------------
# h146e03 — Yangcheng Lake crab farm, pond-oxygen sensors + maintenance; integrator on Ushant, French style,
# buyer's paper, "Article N – title" (.pdf)
# ---------------------------------------------------------------------------------------------------------------
H146E03 = """T:Supply, Installation and Maintenance Contract
P:Pond Dissolved-Oxygen Monitoring and Aerator Control System
P:Contract No. HP-EQ-2026-009
P:BETWEEN the undersigned:
P:Suzhou Hupan Hairy Crab Aquaculture Co., Ltd., a company established in the People's Republic of China, having its registered office at No. 17 Lakeside Road, Bacheng Town, Kunshan, Jiangsu Province, represented by its legal representative, hereinafter the "Buyer",
P:AND
P:Ouessant Aquatech SAS, a simplified joint-stock company registered with the Trade and Companies Register of Brest, having its registered office at Lampaul, 29242 Ouessant, France, acting through its service office at No. 5 Jinji Lake Avenue, Suzhou Industrial Park, represented by its Président, hereinafter the "Supplier",
P:hereinafter together the "Parties".
P:WHEREAS the Buyer farms Yangcheng Lake hairy crabs in ninety-six ponds at three sites (Bacheng, Yangcheng Lake East and Xiangcheng) and wishes to monitor dissolved oxygen continuously and to switch its aerators automatically, and the Supplier has offered the system described below in its tender of 12 January 2026, the Parties have agreed as follows. This contract is drawn up on the Buyer's standard form; at the Buyer's request all prices are in CNY.
H:Article 1 – Object of the Contract
P:1.1 The Supplier shall supply, install, configure and commission a dissolved-oxygen monitoring and aerator control system for the ninety-six ponds (the "System"), train the Buyer's pond keepers and technicians, and maintain the System during the warranty period and thereafter as set out in Article 9.
P:1.2 The System comprises one optical dissolved-oxygen and temperature sensor per pond, solar-powered wireless gateways, aerator controllers, two weather and water-temperature stations, and the "OxyPond" monitoring software installed on the Buyer's server at the Bacheng farm office, with a mobile application for pond keepers.
H:Article 2 – Contract Documents
P:2.1 The contract consists of, in order of precedence: this contract; Annex 1 (technical specifications); Annex 2 (acceptance test procedure); and the Supplier's tender, in so far as it does not contradict the preceding documents.
H:Article 3 – Price
P:3.1 The total contract price is CNY 1,400,000, inclusive of VAT, transport, insurance, installation, training and all services during the warranty period. It is broken down as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Optical dissolved-oxygen sensors|96|5,850|561,600
TB:Solar wireless pond gateways|48|4,300|206,400
TB:Aerator controllers|24|7,900|189,600
TB:Weather and water-temperature stations|2|36,500|73,000
TB:OxyPond software, perpetual licence, three sites|1|214,000|214,000
TB:Equipment and software subtotal|||1,244,600
TB:Installation, cabling and calibration|1|138,400|138,400
TB:Training|1|17,000|17,000
TB:Total contract price|||1,400,000
P:3.2 The price is firm and not subject to revision.
H:Article 4 – Terms of Payment
P:4.1 Advance payment: twenty per cent (20%) of the contract price, CNY 280,000, within fifteen days after signature, against an on-demand bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 Second payment: forty-five per cent (45%), CNY 630,000, within fifteen days after the Installation Certificate is signed for all three sites. The Installation Certificate records completion of installation only and is not acceptance.
P:4.3 Final payment: thirty-five per cent (35%), CNY 490,000, within fifteen days after the Final Acceptance Certificate under Article 6.
H:Article 5 – Delivery, Installation and Delay Penalties
P:5.1 The Supplier shall deliver all equipment to the three sites within sixty days after signature and complete installation before 28 February 2026, so that the System is in service when the ponds are stocked with juvenile crabs in March.
P:5.2 Work on the pond banks shall be coordinated with the Buyer's site managers and shall not damage the water plants, nets or enclosures of the ponds.
P:5.3 If the Supplier misses the delivery or installation date for reasons not attributable to the Buyer, it shall pay a delay penalty of 0.07% of the total contract price for each calendar day of delay, up to a maximum of ten per cent (10%) of the contract price. The Buyer may deduct the penalties from any payment due.
H:Article 6 – Acceptance
P:6.1 After installation, the System shall run for a trial period of thirty days with the ponds stocked.
P:6.2 Final acceptance requires that: (a) at three ponds per site, each sensor reading is within 0.2 mg/L of a calibrated handheld meter; (b) every sensor reports at least every five minutes and the daily share of readings received at the server is at least 98%; (c) when dissolved oxygen falls below the alarm threshold set by the Buyer, the aerators of the pond start within sixty seconds and the pond keeper receives an alarm in the mobile application and by SMS; (d) no Priority 1 incident has occurred during the trial period; and (e) the Supplier has delivered the as-built drawings, manuals and calibration records.
P:6.3 If the conditions are met, the Parties sign the Final Acceptance Certificate within seven days. If not, the Supplier shall correct the defects at its own cost and the trial period starts again for the sites concerned. Installation, operation of the System during the trial or any payment does not amount to acceptance.
H:Article 7 – Warranty
P:7.1 The Supplier guarantees the System against any defect in design, materials and workmanship for twenty-four (24) months from the date of the Final Acceptance Certificate.
P:7.2 During the warranty period, the Supplier shall repair or replace defective parts free of charge, replace the optical sensor caps once a year, recalibrate all sensors before each stocking season and supply software updates.
H:Article 8 – After-Sales Service and Service Levels
P:8.1 The Supplier shall operate a telephone and WeChat hotline, staffed 24 hours a day throughout the farming season (March to November) and during business hours in the rest of the year.
P:8.2 A Priority 1 incident is the loss of oxygen monitoring or of aerator control on one or more ponds. For a Priority 1 incident the Supplier shall respond remotely within thirty minutes, have an engineer on site within three hours and restore the function within six hours, if necessary with a temporary spare. Other incidents shall be answered within two hours and fixed within two days.
P:8.3 The OxyPond server software shall have a monthly availability of at least 99.92%, excluding maintenance agreed in advance with the Buyer.
P:8.4 For each hour by which a Priority 1 response, arrival or restoration time is exceeded, the Supplier shall pay CNY 800; for each 0.01 percentage point of availability below the level in 8.3, CNY 2,000. These amounts are without prejudice to the Buyer's right to claim compensation for crabs lost because of a failure of the System.
H:Article 9 – Maintenance after the Warranty Period
P:9.1 After the warranty period the Buyer may order annual maintenance covering the services in Articles 7.2 and 8.
P:9.2 The annual maintenance fee is eleven per cent (11%) of the equipment and software subtotal, that is CNY 136,906 per year, fixed for the three years following the warranty period. Maintenance is ordered year by year and does not renew automatically.
H:Article 10 – Intellectual Property
P:10.1 The OxyPond software remains the property of its publisher; the Buyer receives a perpetual licence for its three sites.
P:10.2 The pond maps, alarm thresholds and aerator rules, dashboards, reports and the interface to the Buyer's feeding records produced for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties without restriction.
H:Article 11 – Data and Security
P:11.1 All measurements, alarms, pond and production data collected by the System belong to the Buyer. The Supplier may use them only to perform this contract and may not pass them to third parties or use them for any other purpose.
P:11.2 The data is stored on the Buyer's server. The Supplier may access the System remotely only through the VPN provided by the Buyer, with a personal account and after the Buyer has approved each session; all access is logged. Default passwords shall be changed at installation.
P:11.3 The Supplier shall inform the Buyer within twelve hours of any security incident affecting the System or the data, shall take the necessary remedial measures and shall compensate the Buyer for any damage caused by its breach of this Article.
H:Article 12 – Confidentiality
P:12.1 Each Party shall keep confidential the information received from the other Party, in particular the Buyer's stocking densities, feeding and yield figures, customer lists and prices, during the contract and for three years after its end.
H:Article 13 – Subcontracting
P:13.1 The Supplier may not subcontract any part of the contract without the prior written consent of the Buyer. It remains fully responsible towards the Buyer for any approved subcontractor.
H:Article 14 – Termination
P:14.1 If the Supplier fails to perform a material obligation and does not remedy the failure within fifteen days after a formal notice (mise en demeure) sent by the Buyer, the Buyer may terminate the contract by registered letter, without prejudice to damages.
P:14.2 The Buyer may also terminate the contract if delay penalties reach their maximum.
H:Article 15 – Force Majeure
P:15.1 Neither Party is liable for non-performance caused by force majeure, including typhoons and floods. The affected Party shall notify the other within five days.
H:Article 16 – Applicable Law and Disputes
P:16.1 This contract is governed by the law of the People's Republic of China.
P:16.2 Any dispute that cannot be settled amicably within thirty days shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:Article 17 – Miscellaneous
P:17.1 This contract enters into force on signature by both Parties. It is made in two originals in English, one for each Party. Any amendment must be in writing and signed by both Parties.
P:Done at Kunshan, on ______________ 2026
P:For the Buyer: ____________________      For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h146e04 — Wuhan dental clinic group, managed IT + desktop support; provider on Inchkeith, Scottish style,
# "N. HEADING" (.txt)
# ---------------------------------------------------------------------------------------------------------------
H146E04 = """MANAGED IT SERVICES AGREEMENT

between

INCHKEITH MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC611842) and having its registered office at The Keeper's House, Inchkeith, Firth of Forth, Edinburgh (the "Provider")

and

WUHAN CHUYAN DENTAL CLINIC MANAGEMENT CO., LTD., a company established in the People's Republic of China and having its registered office at No. 216 Zhongbei Road, Wuchang District, Wuhan, Hubei Province (the "Customer")

WHEREAS the Customer operates fourteen dental clinics in Wuhan and wishes to outsource the management of its information technology, and the Provider, acting through its wholly owned subsidiary in Wuhan, provides managed IT services to healthcare organisations; the parties HAVE AGREED AND DO HEREBY AGREE as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Hours" means 08:30 to 18:00 China Standard Time, Monday to Saturday, excluding public holidays in the PRC; "Business Day" means a day on which Business Hours apply; "Charges" means the Monthly Service Charge and the Transition Charge; "Incident" means an unplanned interruption to, or reduction in the quality of, an IT service; "Minimum Term" means the period of thirty-six (36) months from the Service Commencement Date; "Patient Data" means any information relating to an identified or identifiable patient of the Customer, including treatment records and dental images; and "Service Commencement Date" means the date of the Transition Acceptance Certificate under Clause 4.

2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of its execution and, unless terminated earlier in accordance with its terms, continues until the expiry of the Minimum Term.

2.2 This Agreement does not renew automatically. The parties may agree in writing, not later than three months before the expiry of the Minimum Term, to extend it on terms then to be agreed.

3. THE SERVICES

3.1 The Provider shall provide the following services (the "Services"), as further described in Schedule 1: (a) a Chinese-speaking service desk; (b) desktop support, on site and remote, for about 320 end-user devices, including reception and chairside computers; (c) management of the local networks and internet links of the fourteen clinics and the head office; (d) management of six servers hosting the practice management system, the dental imaging archive (intra-oral X-ray and cone-beam CT) and file services; (e) patch management, endpoint protection and security monitoring; (f) daily backup of all servers and a quarterly restore test; and (g) asset and licence management.

3.2 The on-site services shall be performed by the Provider's wholly owned subsidiary, Inchkeith IT Services (Wuhan) Co., Ltd., whose field engineers shall be based in Wuhan.

4. TRANSITION

4.1 The Provider shall carry out the transition of the Services from the Customer's current arrangements in accordance with the Transition Plan in Schedule 2 and shall complete it within seventy-five (75) days after the execution of this Agreement.

4.2 Transition shall be accepted by the Customer when: (a) every clinic and the head office has been surveyed and an asset register has been verified by the Customer; (b) monitoring and endpoint-protection agents are installed on every server and end-user device listed in the register; (c) a full restore of the practice management system and of one month of imaging data has been tested successfully; (d) runbooks for all servers and networks have been delivered; and (e) the service desk has handled live calls for ten Business Days without a missed Priority 1 response. The Customer shall then sign a Transition Acceptance Certificate.

4.3 If transition is not completed within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay to the Customer liquidated damages of CNY 1,500 for each day of delay, subject to a maximum of CNY 120,000.

5. SERVICE LEVELS

5.1 The Provider shall meet the following service levels:

   Priority 1 - a clinic unable to treat patients, in particular because the practice management system, the imaging archive or the clinic network is unavailable: response within six (6) Business Hours; resolution target by the end of the next Business Day.
   Priority 2 - a service degraded, or a single chairside computer unavailable: response within one (1) Business Day; resolution target three Business Days.
   Priority 3 - service requests and questions: response within two Business Days.

5.2 The service desk shall answer at least eighty per cent (80%) of calls within sixty seconds in each month.

5.3 If the Provider fails to meet a Priority 1 response time, it shall credit the Customer two per cent (2%) of the Monthly Service Charge for each such failure, subject to a maximum of ten per cent (10%) of the Monthly Service Charge in any month. Service credits shall be shown on the next invoice.

5.4 The Provider shall deliver a monthly service report against each service level.

6. CHARGES AND PAYMENT

6.1 At the Customer's request the Charges are stated in CNY. They are:

   Monthly Service Charge ........................................ CNY 58,600
   Monthly Service Charges over the Minimum Term (36 months) ..... CNY 2,109,600
   Transition Charge (one-time) .................................. CNY 64,000
   Total Charges over the Minimum Term ........................... CNY 2,173,600

6.2 The Transition Charge shall be invoiced on the Service Commencement Date. The Monthly Service Charge shall be invoiced monthly in arrears. Invoices are payable within thirty (30) days of receipt. No payment is due in advance.

6.3 The Charges are fixed for the Minimum Term. Hardware, licences and replacement parts are quoted separately.

7. CUSTOMER'S OBLIGATIONS

7.1 The Customer shall give the Provider's engineers access to its clinics and name a contact person at each clinic.

8. DATA PROTECTION AND SECURITY

8.1 All Patient Data and all other data of the Customer processed by the Provider belong to the Customer. The Provider shall process them only for the purpose of providing the Services, on the documented instructions of the Customer, and shall not use them for any other purpose.

8.2 The Provider shall comply with the PRC Personal Information Protection Law, the Data Security Law and the rules on medical data, recognising that Patient Data includes sensitive personal information. In particular the Provider shall: (a) access Customer systems only through the Customer's privileged-access gateway with multi-factor authentication; (b) restrict access to named engineers who have signed confidentiality undertakings; (c) keep all Patient Data in the PRC and never copy it to the Provider's own systems; (d) encrypt all backups; and (e) keep access logs for at least one year.

8.3 The Provider shall notify the Customer of any actual or suspected personal-information or security incident within twelve hours of becoming aware of it, shall assist the Customer in meeting its obligations to regulators and patients, and shall be liable for all loss, fines and costs arising from any incident caused by its breach of this Clause 8.

9. CONFIDENTIALITY

9.1 Each party shall keep in confidence all information of the other party which it receives in connection with this Agreement and which is marked or is by its nature confidential, including the Customer's fees, patient numbers and business plans, and shall not disclose it to any third party without the prior written consent of the other party. This obligation continues for five years after termination.

10. INTELLECTUAL PROPERTY

10.1 The Provider's monitoring tools and service-management software remain the property of the Provider or its licensors.

10.2 The runbooks, network documentation, configurations and scripts created by the Provider for the Customer belong to the Customer, which may use, modify and pass them to any successor provider without restriction.

11. SUBCONTRACTING

11.1 The Customer consents, by signing this Agreement, to the performance of the on-site services by the subsidiary named in Clause 3.2. The Provider shall not otherwise subcontract any part of the Services without the prior written consent of the Customer, and shall remain responsible for the acts and omissions of any subcontractor.

12. LIABILITY

12.1 Nothing in this Agreement limits or excludes liability for death or personal injury caused by negligence, or for fraud.

12.2 Subject to Clause 12.1, the total aggregate liability of the Provider, whether in contract, delict (including negligence), breach of statutory duty or otherwise, shall not exceed one hundred and twenty-five per cent (125%) of the Total Charges over the Minimum Term.

12.3 Neither party shall be liable for any indirect or consequential loss.

13. TERMINATION

13.1 The Provider may terminate this Agreement by written notice if the Customer fails to pay any undisputed amount within thirty (30) days after a written reminder, or if the Customer becomes insolvent.

13.2 The Customer may not terminate this Agreement before the expiry of the Minimum Term. The Customer's remedies for any failure of the Services are the service credits under Clause 5.3 and damages under Clause 12, and no failure, however serious, shall entitle the Customer to rescind or terminate this Agreement before the end of the Minimum Term.

14. EXIT

14.1 On expiry the Provider shall for up to sixty (60) days assist the Customer and any successor provider with the transfer of the Services, return all Customer data and documentation, and securely delete any copies.

15. FORCE MAJEURE

15.1 Neither party shall be liable for any delay or failure caused by an event beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to mitigate the effects.

16. GOVERNING LAW AND DISPUTES

16.1 Notwithstanding the Provider's domicile in Scotland, this Agreement is governed by the law of the People's Republic of China.

16.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules. The award shall be final and binding.

17. GENERAL

17.1 This Agreement, with its Schedules (Schedule 1: Service Description; Schedule 2: Transition Plan), constitutes the whole agreement between the parties. Any variation must be in writing and signed by both parties.

IN WITNESS WHEREOF these presents are executed as follows:

Subscribed for and on behalf of INCHKEITH MANAGED SERVICES LIMITED at Edinburgh on ______________ 2026 by ______________________, Director, before this witness ______________________

Subscribed for and on behalf of WUHAN CHUYAN DENTAL CLINIC MANAGEMENT CO., LTD. at Wuhan on ______________ 2026 by ______________________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h146e05 — Anxi tea exporter, phytosanitary-certificate API subscription + integration; vendor on Palmaria, Italian
# style, "Art. N (title)" (.md)
# ---------------------------------------------------------------------------------------------------------------
H146E05 = """# SUBSCRIPTION AND INTEGRATION AGREEMENT

**PhytoLink API – phytosanitary certificate data service**

Agreement No. PTC-2026-CN-031

**BETWEEN**

**Palmaria Trade Compliance S.r.l.**, with registered office at Località Pozzale, Isola Palmaria, 19025 Portovenere (SP), Italy, registered with the Companies Register of Riviere di Liguria, VAT number IT01583920117, in the person of its managing director (the "**Vendor**"),

**AND**

**Fujian Anxi Minghe Tea Import & Export Co., Ltd.**, with registered office at No. 9 Chayuan Road, Fengcheng Town, Anxi County, Quanzhou, Fujian Province, People's Republic of China, in the person of its legal representative (the "**Customer**"),

(each a "**Party**" and together the "**Parties**").

## PREMISES

a) The Vendor operates the PhytoLink API, a cloud service that prepares phytosanitary certificate application data for plant-product exports, checks it against the import requirements of the destination country, including pesticide maximum residue limits, formats it for the China International Trade Single Window and the IPPC ePhyto Hub, and tracks the status of each certificate.

b) The Customer exports oolong and green tea from Anxi to the European Union, Morocco, Japan, Russia and other markets, and wishes to connect its ERP system (Kingdee K/3 Cloud) to the PhytoLink API in order to prepare certificate applications for about 1,800 consignments per year.

c) At the Customer's request, all amounts in this Agreement are expressed and payable in Chinese Renminbi (CNY).

The premises form an integral and substantive part of this Agreement.

### Art. 1 (Definitions)

1.1 In this Agreement: "**Service**" means access to the PhytoLink API and its web console as described in Annex A; "**Integration**" means the services described in Art. 6; "**Integration Components**" means the connector between the Customer's ERP and the API, the data mapping tables, the lab-report import routine, scripts and configuration prepared for the Customer; "**Service Start Date**" means the date of the acceptance report under Art. 6.4; "**Subscription Year**" means each period of one year from the Service Start Date or its anniversary; "**Customer Data**" means all data supplied by or for the Customer, including consignment, product, lab-test, buyer and shipping data.

### Art. 2 (Subject matter)

2.1 The Vendor shall provide the Service to the Customer for the duration of this Agreement and shall carry out the Integration.

2.2 The Service includes certificate applications for all of the Customer's consignments, the updating of destination-country requirements within five working days of their official publication, and access for up to fifteen named users of the Customer.

### Art. 3 (Duration and renewal)

3.1 This Agreement enters into force on signature and the subscription runs for thirty-six (36) months from the Service Start Date (the "**Initial Term**").

3.2 At the end of the Initial Term the Agreement is tacitly renewed for successive periods of one year each, at the same fees and on the same terms, unless either Party gives notice of non-renewal by registered letter or certified e-mail at least sixty (60) days before the end of the current period.

### Art. 4 (Fees)

4.1 The fees are as follows:

| Item | Amount (CNY) |
|---|---|
| Annual Subscription Fee (per Subscription Year) | 168,000 |
| Subscription Fees for the Initial Term (3 Subscription Years) | 504,000 |
| Integration Fee (one-time) | 96,000 |
| **Total Contract Value** | **600,000** |

4.2 The fees are fixed for the Initial Term and include taxes applicable in Italy. PRC withholding taxes, if any, are deducted by the Customer as required by law.

### Art. 5 (Payment terms)

5.1 Within ten (10) days of signature, the Customer shall pay an advance of CNY 264,000, corresponding to the Integration Fee and the Annual Subscription Fee for the first Subscription Year. The Vendor shall begin the Integration upon receipt of the advance.

5.2 The Annual Subscription Fee for the second and third Subscription Years is invoiced at the beginning of each of those years and is payable within thirty (30) days of the invoice date.

5.3 Payments are made by bank transfer in CNY to the account indicated by the Vendor.

### Art. 6 (Integration and acceptance)

6.1 The Vendor shall design, build and test the Integration Components, connect the Customer's ERP to the API, import the templates of the Customer's three contracted testing laboratories, and train the Customer's export documentation team in Anxi and Xiamen.

6.2 The Vendor shall complete the Integration within seventy-five (75) days after receipt of the advance.

6.3 Acceptance tests (collaudo) are run jointly on fifty test consignments covering at least six destination countries. The tests are passed when: (a) all consignment, product and lab-test data are transferred from the ERP to the API without manual re-entry and mapped correctly; (b) the validation rules detect all errors seeded in the test set, including residue values above the destination limit; (c) application data are accepted by the Single Window test environment; and (d) certificate status updates reach the ERP within five minutes.

6.4 When the tests are passed, the Parties sign an acceptance report (verbale di collaudo) within five working days. Use of the Service in production before the report is signed does not amount to acceptance.

6.5 If the Integration is not completed within the period in Art. 6.2 for reasons attributable to the Vendor, the Vendor shall pay a penalty of CNY 400 for each day of delay, up to a total of CNY 48,000.

### Art. 7 (Service levels)

7.1 The Vendor shall use its best efforts to keep the API available 99.95% of the time in each calendar month, excluding maintenance announced at least forty-eight hours in advance.

7.2 Incidents are classified by the Customer's report. For a Priority 1 incident, where the API is unavailable or no application can be submitted, the Vendor shall respond within one (1) hour, at any time of day, through its on-call engineer. Priority 2 incidents are answered within one working day.

7.3 The service levels in this Art. 7 are targets. Failure to meet them does not give rise to any reduction of the fees, service credit, penalty or compensation.

### Art. 8 (Intellectual property)

8.1 The PhytoLink API, its software, rule base and documentation are and remain the exclusive property of the Vendor.

8.2 The Integration Components are developed by the Vendor at its own risk and remain the exclusive property of the Vendor, even where they are paid for through the Integration Fee. The Customer receives a non-exclusive, non-transferable licence to use them for the duration of the subscription. The Customer may not modify the Integration Components or have them modified by third parties.

### Art. 9 (Customer Data)

9.1 Customer Data belongs to the Customer. The Vendor processes it only to provide the Service and the Integration and shall not use it for any other purpose, including statistics, benchmarking or the training of its rule base.

9.2 On termination, the Vendor shall return Customer Data in a structured format within thirty (30) days and shall then delete it, confirming the deletion in writing.

### Art. 10 (Data security)

10.1 Customer Data is processed on servers located in the People's Republic of China, in the Alibaba Cloud Hangzhou region, and is not transferred abroad.

10.2 The Vendor maintains an ISO/IEC 27001 certified security management system, encrypts Customer Data in transit and at rest, restricts access to authorised personnel with multi-factor authentication and keeps access logs for one year. The Vendor complies with the PRC Data Security Law and Personal Information Protection Law.

10.3 The Vendor shall notify the Customer of any security incident involving Customer Data within twelve (12) hours, shall take the necessary remedial measures and is liable for the damage caused by its breach of this Art. 10.

### Art. 11 (Confidentiality)

11.1 Each Party undertakes to keep confidential the information received from the other Party in connection with this Agreement, in particular the Customer's buyers, prices, volumes and laboratory results, and not to disclose it to third parties without prior written consent, for the duration of the Agreement and five years after its end.

### Art. 12 (Subcontracting)

12.1 The Customer approves, by signing this Agreement, the use of Alibaba Cloud as hosting provider. The Vendor may not subcontract any other part of the Service or the Integration without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.

### Art. 13 (Liability)

13.1 The Vendor's total liability under this Agreement shall not exceed one and a half times (150%) the Total Contract Value.

13.2 The limitation in Art. 13.1 does not apply to damage caused by wilful misconduct or gross negligence (dolo o colpa grave), nor to breaches of Art. 9 and Art. 10.

### Art. 14 (Termination)

14.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and fails to remedy it within twenty (20) days after receiving a written notice to perform (diffida ad adempiere).

14.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund the fees paid for the period after termination.

### Art. 15 (Force majeure)

15.1 Neither Party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other Party without delay.

### Art. 16 (Governing law and disputes)

16.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The arbitral award is final.

### Art. 17 (Final provisions)

17.1 Any amendment to this Agreement must be made in writing and signed by both Parties. Annex A (Service description) forms part of this Agreement.

17.2 The Customer declares that it has read and specifically approves Art. 3 (Duration and renewal), Art. 7 (Service levels), Art. 8 (Intellectual property) and Art. 13 (Liability).

Portovenere / Anxi, ______________ 2026

For the Vendor: ______________________

For the Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
TEXTS = {
    "h146z02_separator_film_online_defect_inspection_system.txt": H146Z02,
    "h146z03_piano_school_chain_scheduling_saas.md": H146Z03,
    "h146z05_preserved_fruit_qms_supplier_template.md": H146Z05,
    "h146e02_tour_operator_booking_saas_german_vendor.txt": H146E02,
    "h146e04_dental_group_managed_it_scottish_provider.txt": H146E04,
    "h146e05_tea_exporter_phytosanitary_api_italian_vendor.md": H146E05,
}
SOURCES = {"h146z01": H146Z01, "h146z04": H146Z04, "h146e01": H146E01, "h146e03": H146E03}
TARGETS = {"h146z01": ("h146z01_drug_administration_smart_supervision_platform.docx", "docx"),
           "h146z04": ("h146z04_housing_fund_centre_platform_annual_om.pdf", "pdf"),
           "h146e01": ("h146e01_sportswear_merchandise_planning_licence_irish_vendor.docx", "docx"),
           "h146e03": ("h146e03_crab_farm_pond_oxygen_sensors_french_integrator.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
