"""Builds the ten holdout195 contracts from the sources kept in this file (run with /work/main/.venv/bin/python).

The .txt and .md contracts are written as they are; the two .docx and two .pdf are built with ../word_pdf.py
(markup T:/H:/P:/TB:, real Word tables in the .docx; PDFs broken into lines at word boundaries, wrap_words=True).
All texts are my own; buyers are mainland-China companies; every price is in CNY.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h195z01 (txt, 第X条 + 1.1), compliant
H195Z01 = """澄州市退役军人事务局优抚信息管理平台建设项目合同

项目编号：CZCG-2025-GK-0417（公开招标）
合同编号：CZTYJ-2025-016

甲方（采购人）：澄州市退役军人事务局
地址：澄州市新城区府前路18号
乙方（中标供应商）：澄州数联信息技术有限公司
地址：澄州市高新区科创大道266号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就澄州市优抚信息管理平台建设项目（以下简称"本项目"）的系统集成事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分；如有不一致，以本合同为准。

第一条 项目内容
1.1 乙方负责建设澄州市优抚信息管理平台，包括优抚对象档案管理、抚恤补助金核定与发放、优待证管理、走访慰问记录、统计分析及与省级退役军人信息系统的数据对接等功能，并提供相应的服务器、存储设备及国产数据库软件。
1.2 乙方负责历史数据迁移与清洗（约12.6万条优抚对象记录及历年发放明细）、系统部署、集成联调、用户培训及网络安全等级保护测评配合工作。
1.3 详细功能、性能及技术要求以附件1《需求规格说明书》为准。平台部署在澄州市政务云，由甲方提供云资源。

第二条 合同价款
2.1 本合同总价为人民币壹佰玖拾柒万陆仟元整（¥1,976,000.00），为固定总价，包含设备、软件、开发、迁移、运输、安装、集成、培训、税费及质保期内的全部服务费用，甲方不再另行支付任何费用。
2.2 分项价格如下：

序号  项目                      数量    金额（元）
1     应用服务器                4台       274,000
2     数据库服务器              2台       192,000
3     分布式存储                1套       238,000
4     国产数据库软件许可        2套       172,000
      软硬件小计                          876,000
5     平台定制开发              1项       812,000
6     历史数据迁移与清洗        1项       148,000
7     系统部署与集成联调        1项       116,000
8     用户培训                  1项        24,000
      合计                              1,976,000

第三条 付款方式
3.1 本合同签订后，乙方提交等额发票，甲方在10个工作日内支付合同总价的20%，即¥395,200，作为预付款。
3.2 系统通过初步验收后，甲方在10个工作日内支付合同总价的45%，即¥889,200。
3.3 系统试运行期满并通过最终验收后，甲方在10个工作日内支付合同总价的35%，即¥691,600。
3.4 甲方通过国库集中支付方式付款，乙方开户银行及账号以本合同签署页为准。

第四条 交付与实施
4.1 乙方应于合同签订后20日内完成硬件到货，于合同签订后90日内完成系统部署及数据迁移，并书面申请初步验收。
4.2 实施期间乙方应派驻项目经理1名及不少于5名技术人员，项目经理及核心人员变更须经甲方书面同意。
4.3 乙方应为甲方系统管理员及各区县业务人员提供不少于3期培训，并提交操作手册、运维手册及培训记录。

第五条 验收
5.1 初步验收：系统功能全部符合《需求规格说明书》；历史数据迁移经抽样核对和总量核对无差错；与省级退役军人信息系统的接口联调通过；在300个并发用户条件下主要业务操作响应时间不超过3秒。
5.2 初步验收合格后进入为期60日的试运行。试运行期间未发生一级故障，并取得第三方测评机构出具的网络安全等级保护第三级测评报告的，乙方可申请最终验收。
5.3 甲方组织最终验收，并出具书面验收报告。系统上线、甲方使用或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内完成整改并重新申请验收，由此产生的费用由乙方承担。

第六条 质量保证与维护
6.1 质保期为三年（三十六个月），自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件缺陷修复及版本升级服务。
6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过软硬件小计的8%（即每年不超过¥70,080），且自质保期满之日起三年内不上调。维护合同由双方另行签订，不自动续期。

第七条 服务水平
7.1 质保期内，平台月可用率不低于99.98%（计划内维护除外，计划内维护须提前3个工作日经甲方同意并在非工作时间进行）。
7.2 故障分级响应：一级故障（平台无法访问或抚恤金发放业务中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级故障（一般问题及咨询）2个工作日内解决。
7.3 月可用率每低于约定值0.01个百分点，乙方向甲方支付违约金¥1,000；一级故障响应、到场或恢复每超时1小时，乙方支付违约金¥800。上述款项甲方可从应付款项或履约保证金中直接扣除。

第八条 知识产权
8.1 乙方为本项目定制开发的软件（含源代码、数据库设计、接口程序）及技术文档，著作权及其他知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收前向甲方移交完整的源代码及文档。
8.2 乙方投入的既有通用组件及第三方产品，知识产权仍归原权利人，乙方保证甲方可永久、免费使用。
8.3 乙方保证交付成果不侵犯任何第三方的知识产权，否则由乙方承担全部责任。

第九条 数据安全
9.1 平台中的优抚对象个人信息、抚恤发放数据及其他业务数据均属于甲方，乙方不得用于本合同以外的任何目的，不得以任何形式留存、复制或向第三方提供。
9.2 乙方应按照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护第三级要求实施开发和运维；访问生产环境须经甲方审批并通过堡垒机操作；开发测试只能使用经甲方脱敏的数据。
9.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第十条 保密
10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、优抚对象信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在本合同终止后继续有效。
10.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。

第十一条 违约责任
11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
11.2 乙方交付的系统不符合合同约定的，应负责整改；给甲方造成损失的，应予赔偿。
11.3 甲方逾期付款的，按照《保障中小企业款项支付条例》的规定承担责任。

第十二条 分包
本项目不允许分包。乙方不得将本合同的全部或部分内容转包或分包给第三方。

第十三条 合同解除
13.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）逾期交付超过30日；（二）最终验收两次不合格；（三）有其他根本违约行为，经甲方书面催告后15日内仍未改正。
13.2 因乙方原因解除合同的，乙方应退还甲方已付款项，并赔偿甲方由此遭受的损失。

第十四条 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

第十五条 其他
15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
15.2 附件：1.需求规格说明书；2.分项报价表；3.服务承诺书；4.项目人员名单。

甲方（盖章）：澄州市退役军人事务局        乙方（盖章）：澄州数联信息技术有限公司
法定代表人或授权代表：                    法定代表人或授权代表：
日期：2025年  月  日                       日期：2025年  月  日
"""

# ---------------------------------------------------------------- h195z02 (docx, 一、/（一）/1.), 3 risky terms
H195Z02 = """
T:瓶坯视觉检测系统采购及维保合同
P:合同编号：JC-SB-2025-0632
P:甲方（买方）：宿迁晶澈玻璃制品有限公司
P:乙方（卖方）：苏州睿瞳智能视觉科技有限公司
P:甲方为提升玻璃瓶生产线瓶坯（型坯）及成型瓶的缺陷检测能力，向乙方采购瓶坯视觉检测系统及质保期后的维保服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的与价格
P:（一）乙方为甲方8条制瓶生产线各提供1套视觉检测单元，配套检测软件许可、中央数据服务器及工业交换机，并负责安装调试、产线对接、缺陷样本库建立与算法调优及操作培训。
P:（二）合同总价为人民币壹佰捌拾捌万肆仟元整（¥1,884,000），含增值税，包含运输、保险、安装、调试及质保期内的全部服务费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|视觉检测单元（工业相机4台、LED光源、工控机、剔除机构）|8套|156,000|1,248,000
TB:2|视觉检测软件许可（永久）|8套|38,000|304,000
TB:3|中央数据服务器及工业交换机|1套|86,000|86,000
TB: |软硬件小计| | |1,638,000
TB:4|安装调试及产线PLC对接|1项|132,000|132,000
TB:5|缺陷样本库建立与算法调优|1项|96,000|96,000
TB:6|操作及维护培训|1项|18,000|18,000
TB: |合计| | |1,884,000
H:二、交货与安装
P:（一）乙方应于合同生效后45日内将全部设备运抵甲方厂区（宿迁市宿城区玻璃产业园），并在到货后30日内完成8条产线的安装调试。
P:（二）安装调试在甲方安排的停线窗口内进行，每条产线停线时间不超过16小时。乙方人员应遵守甲方厂区安全生产管理规定。
P:（三）设备到货时双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:（四）乙方应采用防潮、防震包装，相机及镜头单独装箱；运输途中的损坏、灭失风险在到货签收前由乙方承担。
P:（五）乙方应在安装调试期间为甲方每条产线的操作工、班组长及设备维护人员提供现场培训，培训后甲方人员应能独立完成换型参数调整、样瓶校验和常见故障处理。
H:三、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的20%，即¥376,800，作为预付款；乙方应同时提交等额的银行预付款保函。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的45%，即¥847,800。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即¥659,400。
P:（四）乙方每次收款前应开具合法有效的增值税专用发票。
H:四、验收
P:（一）安装调试完成后，系统在甲方全部8条产线上连续试运行21日。
P:（二）验收标准：
P:1. 检测速度满足每条产线的最高机速（每分钟不少于260只）；
P:2. 以甲方提供的标准缺陷样瓶（含裂纹、气泡、结石、壁厚不均、瓶口缺陷等类别）进行盲测，漏检不超过每万只2只，误剔不超过每万只8只；
P:3. 剔除动作与检测结果一一对应，检测数据和图像按批次完整存储并可追溯查询；
P:4. 与产线PLC及甲方MES系统的数据接口联调通过；
P:5. 试运行期间未发生导致整线停机的系统故障。
P:（三）达到上述标准的，甲方在7个工作日内签署最终验收报告。设备安装、投入使用或甲方支付部分款项，均不视为验收合格。未达标准的，乙方应在15日内整改后重新验收。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供设备维修、零部件更换、软件缺陷修复和算法升级。
P:（二）相机、光源、工控机等关键部件在质保期内发生同一故障两次以上的，乙方应免费更换新品。
P:（三）乙方保证在最终验收后八年内持续供应本合同设备的备品备件；停产部件应以性能不低于原部件的替代品供应。
H:六、服务水平
P:（一）乙方提供7×24小时服务热线及远程支持。
P:（二）故障分级及时限：
P:1. 一级故障（任一产线检测系统停止工作或剔除失效）：30分钟内远程响应，8小时内到达现场，到场后6小时内恢复；
P:2. 二级故障（部分工位或功能异常）：2小时内响应，48小时内解决；
P:3. 三级故障（一般咨询和优化需求）：3个工作日内答复。
P:（三）一级故障响应或到场每超时1小时，乙方支付违约金¥500；二级故障解决每超时一日，乙方支付违约金¥300。上述款项甲方可从应付款或维保费中扣除。
H:七、质保期后维保
P:（一）质保期满后，乙方继续为甲方提供维保服务，内容包括每季度一次定期巡检、故障维修、备件更换及软件升级，服务水平同第六条。
P:（二）年度维保费按软硬件小计的16.5%计取，即每年¥270,270，自质保期满之日起三年内固定不变，按季度支付。
P:（三）维保期每年到期前60日，双方书面确认是否续签；未经双方书面确认的，不自动续期。
H:八、知识产权
P:（一）乙方视觉检测软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:（二）乙方针对甲方产线建立的缺陷样本库、调优后的检测模型参数、与甲方PLC及MES的对接程序及相关文档，知识产权归甲方所有，甲方可自行使用、修改或许可第三方使用。
P:（三）乙方保证所供设备和软件不侵犯任何第三方的知识产权。
H:九、数据安全
P:（一）检测图像、缺陷记录、生产数据及产线参数均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供，也不得用于其他客户的模型训练。
P:（二）系统部署在甲方内网。乙方远程维护须经甲方逐次审批，通过甲方提供的VPN及个人账号进行，操作全程留痕。
P:（三）因乙方原因发生数据泄露、损毁或被非法访问的，乙方应在24小时内书面报告甲方，配合处置，并承担由此造成的全部损失。
H:十、保密
P:双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.02%向甲方支付违约金。
P:（二）乙方在本合同项下的累计违约及赔偿责任，以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:（三）乙方交付的设备或软件不符合约定的，甲方有权要求更换、修理，并要求乙方赔偿由此造成的损失。
H:十二、分包
P:乙方不得转包。设备吊装、电气辅助施工如需分包，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:十三、合同解除
P:（一）乙方逾期交货超过30日、验收两次不合格，或有其他重大违约行为且在甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交宿迁仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章且乙方提交预付款保函之日起生效。
P:甲方（盖章）：宿迁晶澈玻璃制品有限公司　　乙方（盖章）：苏州睿瞳智能视觉科技有限公司
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- h195z03 (md, Markdown headings + 1.1), 3 risky terms
H195Z03 = """# 宠物医院诊疗与会员管理SaaS服务合同

**合同编号**：CAL-IT-2025-021

**甲方（客户）**：成都宠爱联盟动物医院管理有限公司（含其下属38家门店）

**乙方（服务商）**：杭州宠医云科技有限公司

甲方拟使用乙方"宠医云"SaaS平台统一管理旗下动物医院的诊疗与会员业务。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过"宠医云"平台向甲方及其门店提供诊疗管理（挂号、病历、处方、检验检查、住院）、药品与耗材库存、会员管理（储值卡、积分、套餐）、收银结算、预约提醒及经营报表服务。

1.2 乙方提供一次性实施服务：历史病历和会员数据迁移、门店配置、检验设备（生化仪、血球仪、影像设备）接口对接、微信小程序预约对接、收银支付通道对接及培训。

1.3 服务期为三年，自全部门店上线并经甲方实施验收合格之日（"服务起始日"）起算。

1.4 乙方为甲方指定专属客户成功经理一名，负责日常沟通、需求收集、季度业务回顾及新员工培训安排。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店订阅费 | 38家 × 6,800元/店/年 × 3年 | 775,200 |
| 总部管理端订阅费 | 36,000元/年 × 3年 | 108,000 |
| 实施服务费（数据迁移、接口对接、培训） | 一次性 | 126,000 |
| **合计** | | **1,009,200** |

2.1 服务期内订阅单价固定。新增门店按6,800元/店/年按月折算计费。

2.2 上述价格含增值税，乙方按付款进度开具增值税专用发票。

## 3. 付款

3.1 本合同不设预付款。

3.2 实施服务费在实施验收合格后15个工作日内一次性支付。

3.3 订阅费按季度结算：每季度结束后15个工作日内，甲方根据乙方提交的服务报告和发票支付上一季度订阅费，每季度¥73,600。

## 4. 实施与验收

4.1 乙方应在合同签订后60日内完成全部门店上线。

4.2 实施验收标准：（1）历史病历、会员档案及储值余额迁移后逐户核对一致；（2）检验设备结果自动回传至电子病历；（3）全部门店完成挂号、收银、预约及库存流程实测；（4）各门店操作人员经培训考核合格。

4.3 甲方在乙方提交验收申请后10个工作日内组织验收并签署验收单。门店上线试用不视为验收合格。

4.4 因乙方原因实施逾期的，每逾期一日，乙方按¥800向甲方支付违约金。

4.5 乙方应为每家门店提供不少于两次现场或远程培训，并为总部提供系统管理员培训；培训教材及操作视频交付甲方使用。

4.6 甲方应指定项目负责人，按乙方的数据模板按时提供历史数据，并保证各门店网络及收银设备符合乙方书面提出的配置要求。因甲方原因造成的延误，实施期限相应顺延。

## 5. 服务水平

5.1 平台月可用率不低于99.5%。每月计划维护累计不超过3小时，须在凌晨1点至6点之间进行并提前48小时通知甲方。

5.2 故障响应：一级故障（平台无法登录或收银、诊疗功能中断）30分钟内响应、3小时内恢复；二级故障（部分功能异常）2小时内响应、1个工作日内解决；三级故障（一般问题）2个工作日内解决。

5.3 服务抵扣：月可用率低于约定值的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%；一级故障恢复超时的，每次另抵扣当月订阅费的2%。

5.4 乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及服务抵扣计算。

## 6. 数据归属与使用

6.1 甲方及其门店在平台上产生的病历、宠主信息、会员及交易数据（"客户数据"）归甲方所有。

6.2 甲方同意，乙方可在对客户数据进行去标识化和汇总处理后，将其用于宠物诊疗行业分析报告、平台功能改进及乙方其他产品的开发；该等使用在服务期满后仍可继续。

6.3 服务终止后30日内，乙方应按甲方要求以通用格式导出并移交全部客户数据，并在甲方确认后删除其保存的副本（第6.2条所述汇总数据除外）。

## 7. 数据安全

7.1 平台部署在中国境内，已通过网络安全等级保护第三级测评；客户数据在传输和存储中加密，并按门店和角色进行权限隔离，操作日志保存不少于六个月。

7.2 乙方员工访问客户数据须经审批并留痕，且仅限于履行本合同所必需的范围。

7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。

## 8. 保密

8.1 双方对在合作中知悉的对方商业秘密、经营数据及本合同内容负有保密义务，未经对方书面同意不得向第三方披露。

8.2 乙方应要求其接触客户数据的员工签署保密承诺，并对员工的违约行为承担责任。

8.3 保密义务在本合同终止后三年内继续有效。

## 9. 知识产权

9.1 "宠医云"平台及其既有功能的知识产权归乙方所有，甲方在服务期内享有使用权。

9.2 乙方为甲方定制开发的报表、接口程序及配置方案，知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护。

## 10. 续订

10.1 服务期满前60日任何一方未书面提出不续订的，本合同自动续订一年，此后亦同。

10.2 续订年度的订阅单价由乙方按其届时公布的价格执行，较上一年度上调幅度不超过10%。

## 11. 责任限制

11.1 乙方在本合同项下的累计赔偿责任以本合同总价的两倍为限；但乙方故意、重大过失或违反第7条造成的损失不受此限。

11.2 任何一方均不对对方的间接损失承担责任。

## 12. 分包

12.1 乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

12.2 平台所用云资源由阿里云（华东区域）提供，乙方更换云服务商须事先取得甲方书面同意。

## 13. 合同解除

13.1 乙方严重违约（包括连续两个月可用率低于99%或发生重大数据安全事件），经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应赔偿甲方损失。

13.2 合同解除后，乙方应按第6.3条移交客户数据。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 15. 其他

15.1 因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，不承担违约责任；不可抗力持续超过30日的，任何一方可书面解除本合同。

15.2 本合同附件包括：附件1 服务功能清单；附件2 实施计划；附件3 数据迁移范围。附件与正文具有同等效力。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都宠爱联盟动物医院管理有限公司　　乙方（盖章）：杭州宠医云科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- h195z04 (pdf, "1." / "1.1" numbering), compliant
H195Z04 = """
T:岚山县应急指挥调度平台年度运维服务合同
P:采购项目编号：LSX-CG-2025-CS-033（竞争性磋商）
P:合同编号：LSYJ-YW-2025-01
P:甲方（采购人）：岚山县应急管理局
P:乙方（成交供应商）：临沂智安信息技术有限公司
P:根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》、本项目磋商文件、乙方响应文件及成交通知书，甲乙双方就岚山县应急指挥调度平台年度运维服务订立本合同。
H:1. 服务范围与期限
P:1.1 运维对象：岚山县应急指挥调度平台，包括指挥大厅显示与会商系统、融合通信调度系统、视频监控汇聚平台、应急资源管理系统、预警信息发布系统及相关服务器、网络和安全设备（清单见附件1）。
P:1.2 服务内容：驻场运维、远程技术支持、月度巡检、系统软件升级与安全补丁、备品备件更换、应急演练及重大活动保障、网络安全等级保护测评整改配合。
P:1.3 服务期一年，自2025年7月1日起至2026年6月30日止。
P:1.4 乙方应在进场前提交运维服务方案，包括人员配置、值班安排、应急响应流程、巡检计划及备件清单，经甲方确认后实施。
H:2. 合同价款
P:2.1 本合同总价为人民币陆拾贰万陆仟元整（¥626,000），为服务期内全部费用，包括人员、交通、备件、工具及税费。
TB:序号|服务项目|金额（元）
TB:1|驻场运维服务（2人，全年）|336,000
TB:2|远程技术支持及月度巡检|96,000
TB:3|系统软件升级与安全补丁|58,000
TB:4|备品备件（含融合通信网关、视频会议终端）|72,000
TB:5|应急演练及重大活动保障|38,000
TB:6|等保测评整改配合|26,000
TB: |合计|626,000
H:3. 付款方式
P:3.1 本合同不设预付款。
P:3.2 服务费按季度支付，每季度¥156,500。每季度结束后，甲方依据第5条进行季度考核，考核合格且乙方提交发票后10个工作日内支付当季服务费；考核扣减的金额从当季服务费中扣除。
P:3.3 乙方应于每季度结束后5个工作日内提交当季运维报告及考核自评表，作为考核和付款的依据。
H:4. 服务要求
P:4.1 乙方派驻2名具有相应资质的运维工程师，工作日在甲方指挥中心驻场，节假日及夜间实行电话值守、30分钟内可返岗。驻场人员更换须经甲方书面同意。
P:4.2 乙方应在服务期开始之日完成与上一运维单位的交接，接收设备清单、账号权限及运维文档，并提交交接报告。
P:4.3 每月对平台进行一次全面巡检并提交巡检报告；汛期、森林防火期及重大活动期间，按甲方要求实行24小时保障。
P:4.4 乙方负责备品备件的储备和更换，关键设备（融合通信网关、核心交换机、视频会议终端）应在甲方现场保有备件；更换下的存储介质一律交甲方处理，不得带离。
P:4.5 乙方每季度向甲方提交运维报告，内容包括平台运行情况、故障统计及处理情况、安全漏洞修复情况、备件使用情况及改进建议。
P:4.6 乙方应配合甲方开展不少于两次应急演练及重大活动通信保障，演练前完成设备检查和链路测试，演练中安排专人值守。
P:4.7 服务期满或合同解除时，乙方应向甲方或甲方指定的单位完成交接，移交全部账号权限、配置备份和运维文档，并在交接期内继续提供必要支持。
H:5. 服务水平与考核
P:5.1 平台月可用率不低于99.95%，计划内维护须提前3个工作日经甲方书面同意。
P:5.2 故障分级：一级故障（指挥调度中断、融合通信或视频会商失效）15分钟内响应，30分钟内到达现场，2小时内恢复；二级故障（单个子系统或部分功能异常）30分钟内响应，8小时内解决；三级故障（一般问题）2个工作日内解决。
P:5.3 考核扣减：月可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000；一级故障响应、到场或恢复每超时30分钟，扣减¥1,000；驻场人员每缺岗一人一日，扣减¥1,200。
P:5.4 季度考核由甲方组织，按响应及时率、故障恢复率、巡检完成率、文档完整性及用户满意度评分，得分低于80分的为考核不合格，当季服务费另扣减5%。
P:5.5 服务期满前，甲方组织年度验收，验收标准为：全年巡检报告和故障记录完整；各季度考核结果均达到合格；运维文档、账号清单及配置备份完整移交。年度验收合格后支付第四季度服务费。
H:6. 数据安全
P:6.1 平台中的应急指挥数据、视频资料、通讯录、预警信息及日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或对外提供。
P:6.2 乙方应执行网络安全等级保护第三级管理要求：运维操作一律通过甲方堡垒机进行，禁止使用个人设备接入平台网络，禁止远程直连生产系统。
P:6.3 乙方应配合甲方完成年度网络安全等级保护测评，对测评发现的问题在甲方规定期限内整改。
P:6.4 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:7. 保密
P:乙方及其驻场人员对履行本合同中接触的国家秘密以外的工作秘密、应急预案、物资储备信息及个人信息负有保密义务，未经甲方书面同意不得泄露。乙方应与驻场人员签订保密承诺书。本条义务在合同终止后继续有效。
H:8. 知识产权
P:乙方在运维过程中为甲方编写的运维文档、巡检报告、脚本、配置方案及知识库，知识产权归甲方所有，甲方可自行使用、修改或交由其他单位使用。
H:9. 违约责任
P:9.1 乙方未在服务期开始之日完成进场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方服务不符合本合同约定，给甲方造成损失的，应予赔偿。
P:9.3 乙方人员在甲方场所违反安全管理规定造成设备损坏或人身伤害的，由乙方承担全部责任。
H:10. 分包
P:本项目不允许分包，乙方不得将本合同项下的服务转包或分包给第三方。
H:11. 合同解除
P:11.1 乙方连续两个季度考核不合格，或发生重大违约且经甲方书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期结算费用。
P:11.2 因乙方原因解除合同的，乙方应赔偿甲方另行采购产生的额外费用。
H:12. 期满
P:服务期满后本合同终止，不自动续期。甲方根据年度验收结果，依法另行组织采购。
H:13. 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:14. 其他
P:14.1 因不可抗力不能履行本合同的，受影响方应及时通知对方，并在合理期限内提供证明，免除相应责任。
P:14.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。附件：1.运维设备清单；2.磋商文件服务需求；3.乙方响应文件；4.运维服务方案。
P:甲方（盖章）：岚山县应急管理局　　乙方（盖章）：临沂智安信息技术有限公司
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- h195z05 (md, supplier's template, ### 第X条), many problems
H195Z05 = """# 谱实LIMS实验室信息管理系统软件许可及实施合同

> 谱实标准合同文本 PS-LIMS-2024 版（本文本由乙方提供）

**合同编号**：PS-2025-JM-0188

**甲方**：江门恒味酿造食品有限公司

**乙方**：杭州谱实信息技术有限公司

鉴于甲方需要建设质量检验实验室信息管理系统，乙方同意向甲方许可使用其"谱实LIMS"软件并提供定制开发及实施服务。双方经友好协商，订立本合同，以资共同遵守。

### 第一条 合同内容

1.1 乙方向甲方许可使用谱实LIMS软件（永久许可，50个并发用户），并提供仪器数据采集模块。

1.2 乙方根据甲方需求进行定制开发，包括原料（大豆、小麦、食盐）入厂检验、酱醪发酵过程批次追溯、成品（酱油、蚝油）检验报告模板，以及与甲方ERP、MES系统的接口。

1.3 乙方负责系统安装部署、基础数据初始化及培训。

1.4 系统运行所需的服务器、操作系统、数据库及网络环境由甲方自备，配置要求见乙方提供的《部署环境说明》。

### 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 谱实LIMS软件许可（永久，50并发用户） | 420,000 |
| 2 | 仪器数据采集模块（气相色谱、液相色谱、自动电位滴定仪等16台） | 96,000 |
| 3 | 定制开发（原料检验、发酵批次追溯、成品报告模板、ERP/MES接口） | 318,000 |
| 4 | 实施与培训 | 86,000 |
| | **合计** | **920,000** |

合同总价为人民币玖拾贰万元整（¥920,000），含税。

### 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的55%，即¥506,000，作为预付款。

3.2 系统安装部署完成后7日内，甲方支付合同总价的45%，即¥414,000。

### 第四条 交付与验收

4.1 乙方在收到预付款后90日内完成系统安装部署。因甲方未及时提供需求确认、服务器环境或基础数据导致延误的，交付期相应顺延。

4.2 系统安装部署完成并可登录使用，即视为甲方验收合格。甲方对系统有异议的，应在3日内书面提出，逾期未提出的视为认可。

4.3 定制开发功能以乙方出具的《需求确认书》为准，需求确认后甲方提出的变更另行计费。

4.4 甲方应指定项目联系人，及时提供检验标准、检验项目清单、仪器清单及历史数据，并为乙方实施人员提供必要的工作条件。

### 第五条 免费维护期

5.1 免费维护期为六个月，自系统安装部署完成之日起计算。

5.2 免费维护期内，乙方为甲方提供远程技术支持和软件缺陷修复。现场服务按乙方标准收取差旅费用。

5.3 下列情形不属于免费维护范围：甲方操作不当或擅自修改配置造成的问题；甲方服务器、网络或第三方软件故障；仪器更换或新增仪器的接口开发；甲方新增的功能需求。

### 第六条 技术支持

6.1 乙方通过电话、邮件和远程方式提供技术支持，服务时间为工作日9:00-17:30。

6.2 紧急故障（系统无法登录或检验数据无法录入）：乙方在接到甲方通知后8个工作小时内响应；一般故障：3个工作日内响应。

6.3 乙方将尽合理努力尽快排除故障，但不对修复时间作出承诺，亦不因响应或修复延迟承担任何扣款、赔偿或违约责任。

6.4 乙方远程支持需甲方提供稳定的远程接入条件；因甲方未提供远程接入条件而需现场服务的，差旅费用由甲方承担。

### 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级服务，应按乙方当年公布的服务价格标准与乙方另行签订年度维护合同。

7.2 未签订年度维护合同的，乙方不再提供任何支持服务。

### 第八条 知识产权

8.1 谱实LIMS软件及仪器数据采集模块的知识产权归乙方所有。

8.2 乙方在本合同项下完成的定制开发成果，包括报告模板、批次追溯模块、接口程序及其源代码和文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权。

8.3 未经乙方书面同意，甲方不得修改、反向工程上述软件及定制开发成果，亦不得将其提供给任何第三方使用或维护。

8.4 甲方仅可在其江门生产基地的质量检验部门使用本系统；增加使用场所或用户数的，应另行购买许可。

### 第九条 数据

9.1 甲方录入系统的检验数据归甲方所有。

9.2 甲方同意，乙方可对系统中的检验数据进行脱敏、汇总处理后，用于乙方产品改进、算法训练及食品行业质量分析报告。

9.3 系统部署于甲方服务器。乙方远程维护须经甲方同意并使用甲方分配的账号；乙方应对其维护操作采取必要的安全措施，不得擅自导出甲方原始数据。因乙方原因导致数据泄露的，乙方应在24小时内通知甲方并承担相应责任。

### 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密、技术秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限至本合同终止后两年。

### 第十一条 违约责任

11.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下的全部责任（包括违约金和赔偿金）累计不超过合同总价的25%。乙方不承担甲方的任何间接损失、利润损失或数据损失。

### 第十二条 分包

乙方可将现场实施中的部分辅助性工作委托其合作伙伴完成，但须事先取得甲方书面同意，乙方对合作伙伴的工作负责。

### 第十三条 合同解除

13.1 任何一方严重违反本合同，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同，并要求违约方赔偿损失（受第11.3条限制）。

13.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

### 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

### 第十五条 其他

15.1 因不可抗力不能履行本合同的，受影响方不承担违约责任，但应及时通知对方。

15.2 本合同附件包括《需求确认书》《部署环境说明》及《培训计划》，附件与本合同具有同等效力。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：江门恒味酿造食品有限公司　　乙方（盖章）：杭州谱实信息技术有限公司

日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- h195e01 (txt, Irish style, "Clause N" + 1.1), one low finding
H195E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

Agreement No. GFS-CN-2025-007

THIS AGREEMENT is made on the ____ day of ______________ 2025

BETWEEN:

(1) GLAZECRAFT FORMULATION SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (company number 614382), having its registered office at The Old Coastguard Station, Inishdooey, County Donegal, Ireland (the "Licensor"); and

(2) JINGDEZHEN QINGBAI CERAMIC ART STUDIO CO., LTD., a company incorporated in the People's Republic of China, having its registered office at No. 9 Taoxichuan Road, Zhushan District, Jingdezhen, Jiangxi Province (the "Customer").

BACKGROUND

(A) The Licensor develops GlazeLab, software for calculating, formulating, testing and archiving ceramic glazes and clay bodies.

(B) The Customer operates a porcelain studio and kiln works in Jingdezhen and wishes to license GlazeLab, configured for its own raw materials and kilns.

(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).

IT IS AGREED as follows:

Clause 1 Definitions and Interpretation

1.1 In this Agreement:
"Acceptance Tests" means the tests described in Clause 6.2;
"Configuration Services" means the localisation of the raw-material database, the set-up of recipe templates and kiln-firing curves, and the import of the Customer's kiln controller logs, as described in Schedule 2;
"Customer Data" means all recipes, formulations, test results, photographs, firing records and other data entered into or generated by the Software for the Customer;
"Deliverables" means all configurations, templates, material database entries, scripts and documents produced by the Licensor specifically for the Customer under this Agreement;
"Final Acceptance" means the signing of the acceptance certificate under Clause 6.3;
"Software" means GlazeLab version 7 in object code, together with its user documentation and any updates supplied under this Agreement;
"Warranty Period" means the period of eighteen (18) months from Final Acceptance.

Clause 2 Licence

2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on one laboratory server and five named-user workstations at the Customer's premises in Jingdezhen for the Customer's own business purposes.

2.2 The Customer may make one back-up copy of the Software and shall not decompile or reverse engineer it except as permitted by law.

Clause 3 Charges

3.1 The charges are as follows (all amounts in CNY, inclusive of VAT):

   Item                                                            CNY
   1  GlazeLab perpetual licence (1 server, 5 named users)       286,000
   2  Raw-material database localisation (Jingdezhen kaolin,
      porcelain stone, local feldspars and glaze ashes)            64,000
   3  Configuration Services (recipe templates, firing
      curves, kiln log import)                                     92,000
   4  Training (three days on site, two remote sessions)           18,000
      Total Contract Price                                        460,000

3.2 The Total Contract Price is fixed and includes all travel costs of the Licensor's personnel.

Clause 4 Payment

4.1 The Customer shall pay the Total Contract Price as follows:
(a) twenty-five per cent (25%), CNY 115,000, within twenty (20) days after signature of this Agreement against the Licensor's invoice;
(b) fifty per cent (50%), CNY 230,000, within twenty (20) days after the Installation Certificate under Clause 5.3; and
(c) twenty-five per cent (25%), CNY 115,000, within twenty (20) days after Final Acceptance.

4.2 Payments shall be made by bank transfer in CNY.

Clause 5 Delivery and Installation

5.1 The Licensor shall deliver the Software and complete its installation on the Customer's server within thirty (30) days after receipt of the first payment.

5.2 The Configuration Services shall be completed, and the Software presented for the Acceptance Tests, within ninety (90) days after installation, in accordance with the plan in Schedule 2.

5.3 When installation is complete the parties shall sign an Installation Certificate. The Installation Certificate confirms installation only and is not acceptance of the Software or the Deliverables.

5.4 If, for reasons attributable to the Licensor, the Software is not presented for the Acceptance Tests by the date in Schedule 2, the Licensor shall pay liquidated damages of CNY 300 for each day of delay, up to a maximum of ten per cent (10%) of the Total Contract Price.

Clause 6 Acceptance

6.1 The Customer shall carry out the Acceptance Tests, with the Licensor's assistance, within fifteen (15) working days after the Licensor notifies readiness.

6.2 The Acceptance Tests shall demonstrate that:
(a) unity molecular formula (UMF) calculations for twenty reference glazes agree with the Customer's reference values within 0.01 mole;
(b) the localised raw-material database contains every material listed in Schedule 2 with its oxide analysis;
(c) firing curves for the Customer's three gas kilns and two electric kilns have been imported and can be compared with actual kiln logs;
(d) recipe versioning, batch scaling and test-tile records work for all five named users; and
(e) no Severity 1 or Severity 2 defect remains open.

6.3 When the Acceptance Tests have been passed the Customer shall sign an acceptance certificate. If any test is not passed, the Licensor shall correct the defects and the relevant tests shall be repeated within fifteen (15) working days. Use of the Software in production, or payment of any instalment, does not constitute acceptance.

Clause 7 Warranty

7.1 The Licensor warrants that during the Warranty Period the Software will perform materially in accordance with its documentation and the Deliverables will conform to Schedule 2.

7.2 During the Warranty Period the Licensor shall, free of charge, correct any defect, supply all updates and new releases of the Software, and provide support at the service levels in Clause 9.

Clause 8 Post-Warranty Support

8.1 After the Warranty Period the Customer may order annual support. The Annual Support Fee shall be eleven per cent (11%) of the licence fee in item 1 of Clause 3.1, that is CNY 31,460 per year, and shall not be increased during the first three support years. Any later increase requires the written agreement of both parties and shall not exceed three per cent (3%) per year.

8.2 Annual support does not renew automatically; each support year requires a written order from the Customer.

Clause 9 Service Levels

9.1 Support is provided by telephone, e-mail and portal; Severity 1 requests are handled around the clock.

9.2 Severity levels and response times:
Severity 1 (Software unusable or recipe data inaccessible): response within two (2) hours; workaround within one (1) business day;
Severity 2 (an important function impaired): response within eight (8) business hours; fix within five (5) business days;
Severity 3 (minor issue or question): response within two (2) business days.

9.3 If the Licensor misses a Severity 1 response time, it shall give a service credit of CNY 500 for each hour or part hour of delay; for a missed Severity 2 fix time, CNY 300 per business day. Credits are deducted from the next payment or Annual Support Fee due.

Clause 10 Intellectual Property

10.1 The Licensor retains all intellectual property rights in the Software.

10.2 All intellectual property rights in the Deliverables vest in the Customer on creation. The Customer may use, modify and license the Deliverables freely, including to other service providers. The Licensor shall hand over the Deliverables in editable form at Final Acceptance.

10.3 Glaze recipes and formulations remain the Customer's property whether or not they are entered into the Software.

Clause 11 Customer Data and Security

11.1 Customer Data belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.

11.2 The Software is installed on the Customer's own server. Remote access by the Licensor requires the Customer's permission for each session, shall be made through the Customer's VPN with individual accounts, and shall be logged.

11.3 The Licensor shall keep its remote-support tools and accounts secure and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

11.4 The Licensor shall notify the Customer within twenty-four (24) hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate fully in remediation, and shall be liable for all losses caused by its breach of this Clause 11.

Clause 12 Confidentiality

12.1 Each party shall keep confidential all information of the other party that is marked as confidential or is reasonably understood to be confidential, including the Customer's recipes and firing schedules, and shall use it only for the purposes of this Agreement.

12.2 This obligation continues for five (5) years after termination, and without limit of time for glaze recipes.

Clause 13 Liability

13.1 Each party's total liability under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Total Contract Price.

13.2 Clause 13.1 does not apply to liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 11 or Clause 12.

13.3 Neither party is liable for indirect or consequential loss.

Clause 14 Subcontracting and Assignment

14.1 The Licensor shall not subcontract any of its obligations without the Customer's prior written consent, and remains responsible for any approved subcontractor.

Clause 15 Term and Termination

15.1 This Agreement commences on signature; the licence in Clause 2 is perpetual.

15.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after written notice requiring it to do so, or if the other party becomes insolvent.

Clause 16 Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control.

Clause 17 Governing Law and Jurisdiction

17.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.

17.2 The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

Clause 18 General

18.1 This Agreement, with its Schedules, is the entire agreement between the parties and may be varied only in writing signed by both parties.

Schedule 1 - Licensed configuration and server specification.
Schedule 2 - Configuration plan, material list and Acceptance Test data.

SIGNED for and on behalf of GLAZECRAFT FORMULATION SYSTEMS LIMITED: ____________________ (Director)

SIGNED for and on behalf of JINGDEZHEN QINGBAI CERAMIC ART STUDIO CO., LTD.: ____________________ (Legal Representative)
"""

# ---------------------------------------------------------------- h195e02 (md, Order Form + General Terms, German style "§ N (1)"), 3 risky terms
H195E02 = """# ORDER FORM No. DW-2025-0319 - RaftDesk Booking Platform

**Supplier:** Dünenwerk Software GmbH, Barkhausenstraße 12, 26465 Langeoog, Germany, registered with the Local Court (Amtsgericht) of Aurich under HRB 731204, represented by its managing director ("**Dünenwerk**")

**Customer:** Yangshuo Yulong River Bamboo Rafting Co., Ltd., Jiuxian Village, Baisha Town, Yangshuo County, Guilin, Guangxi, People's Republic of China ("**Customer**")

This Order Form and the General Terms of Dünenwerk attached to it (Part B) together form the agreement between the parties (the "**Agreement**"). At the Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY).

## Part A - Order details

| Pos. | Service | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | RaftDesk subscription: online ticketing, time-slot booking, boarding-point capacity control, raftsman roster, OTA channel manager, reporting | 24 months | 22,600 per month | 542,400 |
| 2 | Setup: configuration of three boarding points, WeChat mini-program, connection of Ctrip, Meituan and Fliggy channels, integration of the gate scanners, training | one-time | 78,000 | 78,000 |
| | **Total Contract Value** | | | **620,400** |

**A.1 Initial Term.** 24 months from the Go-Live Date (§ 3). The target Go-Live Date is 15 March 2026, before the rafting season.

**A.2 Invoicing.** The Setup Fee (CNY 78,000) and the Subscription Fees for the first contract year (CNY 271,200), together CNY 349,200, are invoiced on signature of this Order Form and are payable within 14 days, and in any case before the Go-Live Date. The Subscription Fees for the second contract year (CNY 271,200) are invoiced at the start of that year.

**A.3 Users and volume.** Unlimited staff users; up to 1.2 million tickets per contract year. Volumes above this are charged at CNY 0.18 per ticket.

**A.4 Hosting region.** Alibaba Cloud, Shenzhen region (mainland China).

## Part B - General Terms of Dünenwerk Software GmbH (version 4/2025)

### § 1 Scope

(1) These General Terms apply to the provision of the RaftDesk platform and the related services under the Order Form.

(2) In case of conflict, the Order Form prevails over these General Terms.

### § 2 Services; Setup

(1) Dünenwerk provides the RaftDesk platform as software-as-a-service over the internet in the hosting region named in the Order Form. The Customer receives no copy of the software.

(2) Dünenwerk performs the setup services listed in the Order Form and shall make the platform ready for the Go-Live Acceptance by the target Go-Live Date.

(3) If the Go-Live Date is delayed for reasons for which Dünenwerk is responsible, Dünenwerk shall pay a contractual penalty of 0.1 % of the Total Contract Value for each calendar day of delay, up to a maximum of 10 % of the Total Contract Value. Further claims for damages remain unaffected; the penalty is credited against them.

### § 3 Go-Live Acceptance

(1) Before Go-Live the parties carry out acceptance tests on the basis of the test plan agreed during setup. The tests shall show in particular that:
a) bookings can be made end to end through each channel (mini-program, Ctrip, Meituan, Fliggy, ticket office);
b) payments through WeChat Pay and Alipay reconcile to the fen with the booking records over three consecutive test days;
c) the capacity rules for each boarding point and time slot are applied correctly;
d) the gate scanners validate QR tickets within one second; and
e) the raftsman roster and the daily dispatch report are produced correctly.

(2) If the tests are passed, the Customer signs an acceptance certificate; the date of signature is the "**Go-Live Date**". Minor defects that do not prevent operation do not entitle the Customer to refuse acceptance but shall be remedied within ten working days.

(3) Productive use of the platform before signature of the acceptance certificate does not constitute acceptance.

### § 4 Fees and Payment

(1) The fees are set out in the Order Form and are fixed for the Initial Term.

(2) Invoices are payable within 14 days of receipt by bank transfer in CNY.

### § 5 Service Levels

(1) Dünenwerk guarantees an availability of the platform of 99.95 % per calendar month. Scheduled maintenance announced at least 48 hours in advance and carried out between 22:00 and 06:00 Beijing time is not counted as downtime.

(2) Incidents are classified and handled as follows:
- Priority 1 (bookings or ticket validation impossible at any boarding point): response within one (1) hour, 24 hours a day, 7 days a week; restoration within six (6) hours.
- Priority 2 (a function substantially impaired, for example one sales channel): response within three (3) hours during service hours; restoration by the end of the next working day.
- Priority 3 (other faults and questions): response within two (2) working days.

(3) If the monthly availability falls below the guaranteed level, the Customer receives a service credit of 5 % of the monthly Subscription Fee; if it falls below 99.0 %, the credit is 20 %. For each hour by which the restoration time for a Priority 1 incident is exceeded, the Customer receives a further credit of 2 % of the monthly Subscription Fee. Credits per month are limited to 50 % of the monthly Subscription Fee and are set off against the next invoice.

### § 6 Customer Data and Data Security

(1) All data entered into or generated on the platform for the Customer, including bookings, guest names, identity-card numbers and payment references ("**Customer Data**"), belong to the Customer. Dünenwerk processes Customer Data solely on the Customer's instructions and solely to provide the services under this Agreement.

(2) Dünenwerk takes appropriate technical and organisational measures to protect Customer Data, in particular: storage only in the hosting region in mainland China; encryption in transit and at rest; access by Dünenwerk staff only on a need-to-know basis with two-factor authentication and logging; daily backups kept for 30 days; and the protection level required for a Level 3 filing under the Chinese Multi-Level Protection Scheme.

(3) Dünenwerk shall notify the Customer without undue delay, and at the latest within 24 hours, of any breach of the security of Customer Data, shall take all necessary measures to contain it and shall support the Customer in meeting its obligations towards guests and authorities. Dünenwerk is liable for damage resulting from a breach of its obligations under this § 6.

(4) On termination Dünenwerk shall, at the Customer's choice, hand over Customer Data in a common machine-readable format and then delete it.

### § 7 Subcontractors and Sub-processors

(1) Dünenwerk may use subcontractors and sub-processors to perform the services, in particular its hosting provider and its on-site partner in Guilin.

(2) Dünenwerk informs the Customer in text form (e-mail is sufficient) of any new subcontractor or sub-processor at least 14 days before it is engaged. The consent of the Customer is not required.

(3) Dünenwerk is responsible for the fault of its subcontractors as for its own fault.

### § 8 Rights of Use and Intellectual Property

(1) All rights in the RaftDesk platform remain with Dünenwerk. The Customer receives, for the term of the Agreement, a non-exclusive, non-transferable right to use the platform for its own rafting business.

(2) The configurations, ticket and voucher layouts, price rules, reports and the gate-scanner interface adapter developed specifically for the Customer belong to the Customer. The Customer may use, modify and license them to third parties without restriction. Dünenwerk hands them over in documented, exportable form on request and at the end of the Agreement.

### § 9 Confidentiality

(1) Each party shall keep confidential all business and technical information of the other party that it receives in connection with this Agreement and shall use it only for the purposes of this Agreement.

(2) This obligation continues for three years after the end of the Agreement.

### § 10 Liability

(1) Dünenwerk is liable without limitation for intent and gross negligence and for injury to life, body or health.

(2) In cases of slight negligence Dünenwerk is liable only for breach of an obligation whose fulfilment is essential for the proper performance of the Agreement (cardinal obligation), and only for the foreseeable damage typical for this type of contract.

(3) Apart from paragraph (1), the total liability of Dünenwerk under this Agreement is limited to 150 % of the Total Contract Value.

### § 11 Term and Termination

(1) The Agreement starts on signature of the Order Form and runs for the Initial Term. Thereafter it is extended by one further contract year at a time, at the same fees and on the same terms, unless either party gives notice three months before the end of the current term.

(2) The right of either party to terminate for good cause remains unaffected. Good cause for the Customer exists in particular if Dünenwerk commits a material breach of its obligations and does not remedy it within 14 days after a written warning, or if the monthly availability is below 99.0 % in two consecutive months.

(3) Notice of termination must be given in writing.

### § 12 Force Majeure

Neither party is liable for delays caused by force majeure, including floods of the Yulong River, epidemics and official closures of the river, for as long as the event lasts.

### § 13 Governing Law and Place of Jurisdiction

(1) This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods (CISG).

(2) The exclusive place of jurisdiction for all disputes arising out of or in connection with this Agreement is Aurich, Germany.

### § 14 Final Provisions

(1) Amendments and supplements to this Agreement must be made in writing; this also applies to any waiver of this written-form requirement.

(2) Should any provision of this Agreement be or become invalid, the remaining provisions remain valid.

(3) This Agreement is made in English. A Chinese translation is for information only.

Langeoog / Yangshuo, ____________ 2025

For Dünenwerk Software GmbH: ____________________

For Yangshuo Yulong River Bamboo Rafting Co., Ltd.: ____________________
"""

# ---------------------------------------------------------------- h195e03 (docx, French style "Article N - title", buyer's paper), 2 risky terms
H195E03 = """
T:Supply, Installation and Maintenance Contract for a Pond Water-Quality Monitoring System
P:Contract No. LBC-2025-EQ-009
P:BETWEEN Ningbo Xiangshan Blue Bay Crab Farming Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at Huangdun Harbour Road, Xiangshan County, Ningbo, Zhejiang Province, represented by its legal representative, hereinafter the "Buyer",
P:AND Aquaveille SARL, a French limited liability company with a share capital of EUR 40,000, registered with the Trade and Companies Register of Lorient, whose registered office is at Le Bourg, 56170 Île de Houat, France, represented by its managing director (gérant), hereinafter the "Supplier",
P:hereinafter together the "Parties" and each a "Party".
H:Preamble
P:The Buyer farms swimming crabs and mud crabs in 46 ponds at Huangdun Harbour. Losses caused by sudden drops of dissolved oxygen have led it to equip its ponds with continuous water-quality monitoring and automatic aerator control. After comparing offers, the Buyer has chosen the Supplier, which designs such systems for oyster and mussel farms on the Atlantic coast. At the Buyer's request all prices are expressed and paid in Chinese Renminbi (CNY). The Parties have therefore agreed as follows.
H:Article 1 - Purpose
P:1.1 The purpose of this Contract is the supply, installation and commissioning by the Supplier of a water-quality monitoring and aerator control system for the Buyer's ponds (the "System"), the licence of the monitoring software, training, and the maintenance of the System after the warranty period.
P:1.2 The technical specification is set out in Annex 1 (Technical Specification) and the site plan in Annex 2.
H:Article 2 - Contractual Documents
P:The Contract consists of the following documents, listed in decreasing order of precedence: this Contract; Annex 1 (Technical Specification); Annex 2 (Site Plan); Annex 3 (Acceptance Test Protocol); the Supplier's offer of 18 June 2025, for those parts that are not contrary to the preceding documents.
H:Article 3 - Price
P:3.1 The Contract Price is CNY 1,133,800, inclusive of VAT, customs duties, transport to the site, insurance and all services described in Article 1 up to the end of the warranty period. It is broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy (dissolved oxygen, pH, temperature, salinity, ammonia, turbidity)|24|28,600|686,400
TB:2|Spare dissolved-oxygen probe set|24|3,200|76,800
TB:3|LoRa gateway with mobile-network backhaul|4|9,800|39,200
TB:4|Solar power kit|24|2,150|51,600
TB:5|Aerator control relay module|48|1,350|64,800
TB:6|AquaVeille monitoring software, perpetual site licence|1|96,000|96,000
TB: |Equipment and Licence Subtotal| | |1,014,800
TB:7|Installation and commissioning|1|72,000|72,000
TB:8|Dashboard configuration and alarm rules|1|38,000|38,000
TB:9|Training of pond staff (two sessions)|1|9,000|9,000
TB: |Contract Price| | |1,133,800
P:3.2 The Contract Price is firm and not subject to revision.
H:Article 4 - Terms of Payment
P:4.1 The Contract Price is paid as follows: 20 % (CNY 226,760) as an advance within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer; 55 % (CNY 623,590) after signature of the Installation Certificate; 25 % (CNY 283,450) after Final Acceptance.
P:4.2 Each payment is made within 15 days after receipt of a valid VAT invoice, by bank transfer in CNY.
H:Article 5 - Delivery and Installation
P:5.1 The Supplier delivers the equipment to the site within 60 days after receipt of the advance and completes installation within 25 days after delivery. Installation work in the ponds is scheduled with the Buyer so as not to disturb moulting periods.
P:5.2 On completion of installation the Parties sign an Installation Certificate. This certificate records the installation only and does not constitute acceptance.
P:5.3 If delivery or installation is late for reasons attributable to the Supplier, the Supplier pays the Buyer late-delivery penalties of 0.08 % of the Contract Price per calendar day of delay, capped at 10 % of the Contract Price.
H:Article 6 - Acceptance
P:6.1 After installation the System runs under observation for 21 consecutive days. Final Acceptance is pronounced when the tests of Annex 3 are passed, namely: dissolved-oxygen readings within 0.3 mg/L and pH readings within 0.1 of laboratory reference samples taken at every buoy; at least 98 % of scheduled readings received on the server during the observation period; alarms delivered to the duty manager's mobile telephone within 60 seconds of a threshold being crossed; automatic start of the aerators on a low-oxygen alarm at every pond.
P:6.2 Final Acceptance is recorded in a certificate signed by both Parties. Neither use of the System by the Buyer nor payment of any instalment constitutes acceptance. If the tests fail, the Supplier corrects the defects and the tests are repeated at its cost.
H:Article 7 - Warranty
P:7.1 The Supplier warrants the equipment and the software against any defect of design, material or workmanship for nine (9) months from Final Acceptance. During this warranty period the Supplier repairs or replaces any defective item free of charge, including parts, labour, travel and transport.
P:7.2 Dissolved-oxygen membranes and calibration solutions are consumables and are not covered by the warranty.
H:Article 8 - Maintenance after the Warranty Period
P:8.1 After the warranty period the Supplier provides maintenance of the System, including quarterly on-site calibration, repair and replacement of defective items, software updates and the service levels of Article 9.
P:8.2 The annual maintenance fee is 10.5 % of the Equipment and Licence Subtotal, that is CNY 106,554 per year, fixed for the first four maintenance years and invoiced quarterly in arrears. Maintenance is renewed each year only by written order of the Buyer.
H:Article 9 - Service Levels
P:9.1 The Supplier operates a hotline with a Chinese-speaking engineer and handles faults according to the following table, during the warranty period and the maintenance period:
TB:Priority|Definition|Response|On site|Restoration
TB:P1|Loss of dissolved-oxygen monitoring or of aerator control at any pond|8 hours|24 hours|36 hours
TB:P2|One buoy or one sensor faulty, other ponds working|1 working day|3 days|5 days
TB:P3|Questions, minor dashboard issues|2 working days|-|10 days
P:9.2 For each hour by which a P1 response or restoration time is exceeded, the Supplier pays the Buyer CNY 600; for each day by which a P2 restoration time is exceeded, CNY 300. These amounts may be deducted from any sum due to the Supplier.
H:Article 10 - Intellectual Property
P:10.1 The AquaVeille software remains the property of the Supplier, which grants the Buyer a perpetual, non-exclusive licence for the Buyer's farms.
P:10.2 The dashboards, alarm rules, pond configurations and interface scripts produced for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier hands them over in editable form at Final Acceptance.
H:Article 11 - Data and Security
P:11.1 All measurement data, pond records and alarm logs belong to the Buyer. The Supplier uses them only to perform this Contract and does not keep copies or disclose them.
P:11.2 The server is installed in the Buyer's farm office. Remote access by the Supplier is made only through the Buyer's VPN, with individual accounts, after approval by the Buyer for each intervention, and is logged. The Supplier protects its access credentials and workstations against unauthorised use.
P:11.3 The Supplier notifies the Buyer within 12 hours of any security incident affecting the System or the Buyer's data, takes all necessary remedial measures and is liable for the damage caused by its failure to comply with this Article.
H:Article 12 - Confidentiality
P:Each Party keeps confidential all information received from the other Party in connection with this Contract, in particular the Buyer's production figures and pond layout, and does not disclose it to third parties without prior written consent. This obligation survives for three years after the end of the Contract.
H:Article 13 - Liability
P:The Supplier is liable for all direct damage caused to the Buyer by its failure to perform this Contract, including loss of stock caused by a failure of the System attributable to the Supplier.
H:Article 14 - Subcontracting
P:The Supplier may not subcontract any part of its obligations without the prior written consent of the Buyer. The Supplier remains fully liable for the work of any approved subcontractor.
H:Article 15 - Termination
P:15.1 If the Supplier commits a serious breach of its obligations and does not remedy it within 15 days after formal notice by registered letter or e-mail, the Buyer may terminate the Contract by written notice, without prejudice to damages.
P:15.2 Either Party may terminate the Contract if force majeure prevents its performance for more than 60 consecutive days.
H:Article 16 - Applicable Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled amicably within 30 days is submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
H:Article 17 - Miscellaneous
P:The Contract enters into force on signature by both Parties. Any amendment must be made in writing. The Contract is made in English in two originals, one for each Party.
P:Done at Xiangshan, on ____________ 2025.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h195e04 (pdf, Scottish style "N. HEADING" + N.1), 2 risky terms
H195E04 = """
T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:Agreement reference: SMTS/SZ/2025/014
P:between
P:SGEIR MHÒR TECHNICAL SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC641207) and having its registered office at The Boathouse, Sgeir Mhòr, Scotland, and having a service office at Suite 1106, 88 Xinghu Street, Suzhou Industrial Park (the "Provider")
P:and
P:SUZHOU LANTING ARCHITECTURAL DESIGN CO., LTD., a company incorporated in the People's Republic of China and having its registered office at 21 Shiquan Street, Gusu District, Suzhou (the "Client")
P:WHEREAS the Client operates an architectural design practice with 120 staff in Suzhou and wishes to outsource the management of its IT infrastructure and the support of its users; and WHEREAS the Provider has agreed to provide those services on the terms set out below, with all charges stated in Chinese Renminbi (CNY) at the Client's request;
P:NOW THEREFORE the parties have agreed and do hereby agree as follows:
H:1. DEFINITIONS
P:1.1 In this Agreement: "Charges" means the Monthly Charge and the Transition Charge; "Client Data" means all drawings, models, project files, e-mails and other data of the Client held on the Client Systems; "Client Systems" means the workstations, servers, storage, network and printing equipment listed in Schedule 1; "Service Commencement Date" means the date stated in the Service Commencement Certificate; "Services" means the services described in Clause 2 and Schedule 2; "Total Charges" means the sum stated in Clause 4.3.
P:1.2 References to Clauses and Schedules are to clauses of and schedules to this Agreement. Words in the singular include the plural and vice versa.
H:2. SERVICES
P:2.1 From the Service Commencement Date the Provider shall provide: (a) a service desk for the Client's users by telephone, e-mail and portal from 08:00 to 20:00, Monday to Saturday; (b) desktop support for 120 users, including installation, imaging and repair of workstations and support of CAD, BIM and rendering software; (c) management of the Client's servers, storage and network, including monitoring, capacity management, firmware and operating-system updates; (d) management of backups and test restores of project archives; and (e) an engineer on site at the Client's office on two days each week.
P:2.2 The Provider shall carry out the services with reasonable skill and care and in accordance with good industry practice.
H:3. TRANSITION
P:3.1 The Provider shall complete the transition of the Client Systems from the Client's current arrangements by 1 September 2025 (the "Target Date"). Transition includes the inventory of the Client Systems, installation of monitoring agents, documentation of the network and set-up of the service desk.
P:3.2 Before the Service Commencement Date the parties shall carry out the following tests: (a) every workstation and server in Schedule 1 is recorded in the asset register and reports to the monitoring system; (b) a full restore of a selected project archive of not less than 500 GB is completed and verified by the Client; (c) twenty test tickets of different priorities are logged and handled within the service levels; and (d) the run-book for the Client Systems is delivered and approved by the Client.
P:3.3 When the tests have been passed the Client shall sign a Service Commencement Certificate. Support given by the Provider before that date does not amount to acceptance.
P:3.4 If the Service Commencement Date falls after the Target Date for reasons attributable to the Provider, the Provider shall pay to the Client liquidated damages of CNY 1,200 for each day of delay, up to a maximum of CNY 60,000.
H:4. CHARGES AND PAYMENT
P:4.1 The Monthly Charge is made up as follows:
TB:Service|Basis|Monthly charge (CNY)
TB:Desktop and end-user support|120 users at CNY 260|31,200
TB:Server, storage and network management|fixed|14,800
TB:Backup and restore management|fixed|4,600
TB:Monthly Charge| |50,600
P:4.2 The Transition Charge is CNY 58,000, invoiced on signature of the Service Commencement Certificate. The Monthly Charge is invoiced monthly in arrears. No sum is payable in advance. Invoices are payable within 30 days.
P:4.3 The Total Charges over the Minimum Term are CNY 1,879,600 (thirty-six Monthly Charges of CNY 50,600 and the Transition Charge). The Charges are fixed for the Minimum Term.
P:4.4 Users above 120 are charged at CNY 260 per user per month, pro rata.
H:5. SERVICE LEVELS
P:5.1 The Provider shall ensure that the Client's core network and file servers are available for not less than 99.95 per cent of each calendar month, excluding maintenance agreed with the Client in advance.
P:5.2 Incidents shall be handled as follows: Priority 1 (core network or file servers unavailable, or more than ten users unable to work): response within 30 minutes, restoration within six hours; Priority 2 (a single user or a single application unable to work): response within one hour, resolution within one working day; Priority 3 (requests and minor faults): resolution within three working days.
P:5.3 If availability falls below the level in Clause 5.1, or if more than one Priority 1 incident in a month is not restored in time, the Provider shall credit the Client with 6 per cent of the Monthly Charge for that month; if availability falls below 99.5 per cent, the credit shall be 12 per cent. Service credits are deducted from the next invoice.
P:5.4 The Provider shall report monthly on its performance against the service levels and shall attend a monthly service review with the Client.
H:6. CLIENT DATA
P:6.1 All Client Data remain the property of the Client. The Provider shall use Client Data only for the purpose of providing the Services and shall return any Client Data in its possession to the Client at the end of this Agreement.
H:7. INTELLECTUAL PROPERTY
P:7.1 All documentation, run-books, scripts and configurations produced by the Provider for the Client under this Agreement shall belong to the Client, which may use, modify and license them freely, including to any successor provider.
P:7.2 Tools and software owned by the Provider and used to deliver the Services remain the Provider's property.
H:8. CONFIDENTIALITY
P:8.1 Each party shall keep confidential all information relating to the other party's business which it receives in connection with this Agreement, including the Client's designs and client lists, and shall not disclose it to any third party without the prior written consent of the other party, except as required by law.
P:8.2 The Provider shall ensure that its staff assigned to the Services are bound by written undertakings of confidentiality. This Clause 8 shall survive the termination of this Agreement for five years.
H:9. PERSONNEL
P:9.1 The Provider shall assign a named service manager and a named on-site engineer, who shall not be replaced without reasonable notice to the Client.
P:9.2 The Provider's staff shall comply with the Client's office rules when on site.
H:10. SUBCONTRACTING
P:10.1 The Provider shall not subcontract the performance of any part of the Services without the prior written consent of the Client. The Provider shall remain responsible for the acts and omissions of any approved subcontractor as for its own.
H:11. LIABILITY
P:11.1 The total liability of each party, whether in contract, delict or otherwise, arising under or in connection with this Agreement shall not exceed 150 per cent of the Total Charges.
P:11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
P:11.3 Neither party shall be liable for loss of profit or for indirect or consequential loss.
H:12. DURATION AND TERMINATION
P:12.1 This Agreement shall commence on the date of its execution and, subject to Clause 12.2, shall continue for a minimum term of thirty-six months from the Service Commencement Date (the "Minimum Term"). It shall end on the expiry of the Minimum Term unless the parties agree in writing to extend it.
P:12.2 Either party may terminate this Agreement with immediate effect by written notice if the other party becomes insolvent, enters into liquidation or administration, or ceases to carry on business.
P:12.3 The Client's remedies for any failure to meet the service levels are the service credits under Clause 5.3, and for any other breach by the Provider, damages under Clause 11. The Client shall not be entitled to rescind or terminate this Agreement during the Minimum Term on account of any breach by the Provider.
P:12.4 On the expiry or termination of this Agreement the Provider shall co-operate in the orderly transfer of the Services to the Client or a successor provider for up to sixty days, at the rates in Schedule 3.
H:13. FORCE MAJEURE
P:13.1 Neither party shall be liable for any delay or failure caused by circumstances beyond its reasonable control, provided that it gives prompt notice and uses reasonable endeavours to resume performance.
H:14. GOVERNING LAW AND DISPUTES
P:14.1 This Agreement shall be governed by the law of the People's Republic of China.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Suzhou Arbitration Commission for arbitration in Suzhou in accordance with its rules. The award shall be final and binding on the parties.
H:15. GENERAL
P:15.1 This Agreement, with its Schedules, constitutes the whole agreement between the parties. No variation shall be effective unless made in writing and signed by both parties.
P:15.2 Schedule 1 (Client Systems), Schedule 2 (Service Description) and Schedule 3 (Rates for Additional Work) form part of this Agreement.
P:IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:
P:Subscribed for and on behalf of Sgeir Mhòr Technical Services Limited at ____________ on ____________ 2025 by ____________________, Director, before this witness ____________________
P:Subscribed for and on behalf of Suzhou Lanting Architectural Design Co., Ltd. at Suzhou on ____________ 2025 by ____________________, Legal Representative
"""

# ---------------------------------------------------------------- h195e05 (txt, Italian style "Art. N (title)"), 3 risky terms
H195E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
for the CertiTrace digital quality-certificate service

Ref. SDC/CN/2025/022

BETWEEN

SERPENTARA DIGITAL CERTIFICATION S.r.l., with registered office at Località Isola Serpentara, 09049 Villasimius (SU), Italy, tax code and VAT number IT03871240921, registered with the Companies Register of Cagliari, in the person of its sole director (the "Vendor"),

AND

YUNNAN PU'ER HIGHLAND COFFEE IMPORT & EXPORT CO., LTD., with registered office at 168 Zhenxing Avenue, Simao District, Pu'er, Yunnan Province, People's Republic of China, in the person of its legal representative (the "Customer"),

(each a "Party" and together the "Parties").

WHEREAS

a) the Vendor operates CertiTrace, an online service that issues digitally signed quality certificates for green coffee lots, including cupping scores, moisture, water activity, screen size and defect counts, and allows buyers abroad to verify them through a QR code and a public verification page;

b) the Customer exports washed and natural Arabica coffee from Pu'er and Baoshan to roasters in Europe and wishes to issue its quality certificates through CertiTrace, connected to its own ERP system and quality laboratory;

c) at the Customer's request all fees are stated and paid in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 The annexes are: Annex A (Integration specification), Annex B (Service levels), Annex C (Acceptance test protocol).

Art. 2 (Object)
2.1 The Vendor grants the Customer access to the CertiTrace service, through the web interface and the application programming interface (API), for the issue of up to 3,000 certificates per contract year and their verification by third parties without limit.
2.2 The Vendor also carries out the integration services described in Annex A: a connector between the Customer's ERP system and the CertiTrace API; the import of laboratory results from the Customer's moisture meters and cupping forms; a custom certificate template in Chinese, English, Italian and German; and the training of the Customer's quality staff (together the "Integration Deliverables").
2.3 Each certificate carries the Customer's name and logo, the lot number, the origin (farm or cooperative, altitude, processing method), the laboratory values and the signature of the Customer's Q-grader, and is sealed with the Vendor's qualified electronic seal so that any later alteration is visible on verification.

Art. 3 (Duration and renewal)
3.1 The subscription lasts thirty-six (36) months from the date of Integration Acceptance under Art. 6.
3.2 At expiry the Agreement is tacitly renewed for further periods of one year each, at the same fees and conditions, unless either Party sends notice of non-renewal (disdetta) by certified e-mail at least three months before expiry.

Art. 4 (Fees)
4.1 The fees are as follows:
   - subscription fee: CNY 148,000 per contract year, for three contract years: CNY 444,000;
   - integration fee (connector, laboratory import, certificate template, training), one-time: CNY 136,000;
   - total contract value: CNY 580,000.
4.2 Certificates above 3,000 per contract year are charged at CNY 35 each.
4.3 The fees are fixed for the initial duration of thirty-six months.

Art. 5 (Payment terms)
5.1 The integration fee is paid in full within thirty (30) days of Integration Acceptance.
5.2 The subscription fee is invoiced quarterly in arrears, in instalments of CNY 37,000, and paid within thirty (30) days of the invoice date.
5.3 No advance payment is due.

Art. 6 (Integration and acceptance)
6.1 The Vendor completes the Integration Deliverables and makes them available for testing within seventy-five (75) days of signature.
6.2 Acceptance tests follow Annex C and verify in particular that: certificates are created from ERP lot data without manual retyping; laboratory values are transferred unchanged; the four language versions are correct; the QR code opens the verification page for every test certificate; and twenty certificates are issued and verified end to end without error.
6.3 When the tests are passed the Parties sign a report of Integration Acceptance. The issue of certificates for real shipments before that report does not amount to acceptance.
6.4 The Customer provides in good time the ERP test environment, sample lot data and the contact persons of its laboratory. Delays caused by the Customer extend the period in Art. 6.1 accordingly.
6.5 If Integration Acceptance is delayed for reasons attributable to the Vendor, the Vendor pays a penalty (penale) of CNY 450 for each day of delay, up to a maximum of 10 % of the total contract value, without prejudice to compensation for further damage.

Art. 7 (Service levels)
7.1 The service levels are set out in Annex B, summarised as follows: availability of the CertiTrace API and verification page of 99.95 % per calendar month; Priority 1 incidents (certificates cannot be issued or verified) - response within one (1) hour and restoration target of eight (8) hours; Priority 2 incidents - response within one (1) working day; other requests within three (3) working days.
7.2 The service levels are objectives. Failure to achieve them shall not give rise to service credits, price reductions or compensation of any kind, without prejudice to the Customer's right of termination under Art. 15 in case of serious and repeated failures.
7.3 The Vendor reports availability and incidents to the Customer every quarter.

Art. 8 (Intellectual property)
8.1 The CertiTrace platform, its software and documentation remain the exclusive property of the Vendor.
8.2 The Integration Deliverables, including the connector, the custom certificate template and their source code, although developed for the Customer, also remain the exclusive property of the Vendor. The Customer receives a non-exclusive, non-transferable licence to use them for the duration of this Agreement, only with the CertiTrace service. The Customer may not modify them or have them modified by third parties.
8.3 The Customer's trademarks and logos appearing on the certificates remain the property of the Customer.

Art. 9 (Customer data)
9.1 The lot data, laboratory results, buyer names and other data that the Customer enters into or transmits to the service ("Customer Data") belong to the Customer. The Vendor processes them only to provide the service under this Agreement and does not use them for any other purpose.
9.2 Only the certificate fields selected by the Customer in the template are shown on the public verification page.

Art. 10 (Data security)
10.1 The Customer Data are hosted in mainland China on Alibaba Cloud (Shanghai region). The Vendor maintains an information-security management system certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, limits access to authorised personnel with two-factor authentication, and keeps access logs for at least one year.
10.2 The Vendor notifies the Customer of any personal-data breach or security incident affecting Customer Data within forty-eight (48) hours of becoming aware of it, takes the necessary measures to limit its effects, and is liable for the damage caused by its breach of this article.

Art. 11 (Confidentiality)
11.1 Each Party keeps confidential the technical and commercial information of the other Party received in the performance of this Agreement, including prices and customer lists, and uses it only for that purpose.
11.2 The obligation lasts for the duration of this Agreement and for three years after its end.

Art. 12 (Liability)
12.1 Except in case of wilful misconduct or gross negligence (dolo o colpa grave), the Vendor's total liability under this Agreement is limited to twice the total contract value.
12.2 Neither Party is liable for loss of profit or indirect damage, except in case of wilful misconduct or gross negligence.

Art. 13 (Subcontracting)
13.1 The Vendor may not subcontract the integration services or the operation of the service, in whole or in part, without the Customer's prior written consent. The hosting provider named in Art. 10 is hereby approved.
13.2 The Vendor remains responsible towards the Customer for the work of any approved subcontractor.

Art. 14 (Force majeure)
Neither Party is liable for non-performance caused by events beyond its reasonable control, provided that it informs the other Party without delay.

Art. 15 (Termination)
15.1 The Customer may terminate this Agreement under article 1456 of the Italian Civil Code, by certified e-mail, if the Vendor: (a) fails to achieve Integration Acceptance within sixty (60) days after the date in Art. 6.1; (b) breaches Art. 9, 10 or 11; or (c) fails to achieve the availability objective in three consecutive months.
15.2 Each Party may also terminate this Agreement if the other Party commits a material breach and does not remedy it within fifteen (15) days of a written notice to perform (diffida ad adempiere).

Art. 16 (Governing law and jurisdiction)
16.1 This Agreement is governed by Italian law.
16.2 The Court of Cagliari has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

Art. 17 (Final provisions)
17.1 Any amendment to this Agreement must be made in writing.
17.2 Notices under this Agreement are sent by certified e-mail (PEC) to the Vendor and by e-mail with confirmation of receipt to the Customer, at the addresses indicated by each Party.
17.3 This Agreement is made in English in two originals.

Villasimius / Pu'er, ____________ 2025

The Vendor ____________________          The Customer ____________________

Pursuant to articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Art. 3.2 (tacit renewal), Art. 7.2 (no service credits), Art. 8.2 (ownership of the Integration Deliverables), Art. 12 (limitation of liability), Art. 16 (jurisdiction).

The Customer ____________________
"""

# ---------------------------------------------------------------- what is built from what
TEXT_FILES = {
    "h195z01": ("h195z01_veterans_bureau_care_platform_integration.txt", H195Z01),
    "h195z03": ("h195z03_pet_hospital_chain_clinic_saas.md", H195Z03),
    "h195z05": ("h195z05_soy_sauce_brewery_lims_supplier_template.md", H195Z05),
    "h195e01": ("h195e01_porcelain_studio_glaze_software_licence.txt", H195E01),
    "h195e02": ("h195e02_bamboo_rafting_booking_saas_order_form.md", H195E02),
    "h195e05": ("h195e05_coffee_exporter_certificate_api_subscription.txt", H195E05),
}
SOURCES = {"h195z02": H195Z02, "h195z04": H195Z04, "h195e03": H195E03, "h195e04": H195E04}
TARGETS = {"h195z02": ("h195z02_glass_bottle_preform_vision_inspection.docx", "docx"),
           "h195z04": ("h195z04_county_emergency_dispatch_platform_om.pdf", "pdf"),
           "h195e03": ("h195e03_crab_farm_water_quality_sensors.docx", "docx"),
           "h195e04": ("h195e04_architecture_firm_managed_it_desktop.pdf", "pdf")}

if __name__ == "__main__":
    for key, (name, text) in TEXT_FILES.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
