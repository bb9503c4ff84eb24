"""Builds the ten holdout210 contracts (5 Chinese, 5 English) from the sources below.

The .txt and .md drafts are written as they stand; the two .docx and two .pdf drafts are built with ../word_pdf.py
(markup: T title, H heading, P paragraph, TB table row), the PDFs with wrap_words=True (lines broken at word
boundaries). Run with /work/main/.venv/bin/python from any directory.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h210z01 — 城市管理综合执法局 智慧城管执法平台 (system integration, 政府采购 公开招标, buyer's paper) — .txt
# ---------------------------------------------------------------------------------------------------------------
H210Z01 = """临江市智慧城管执法平台建设项目
政府采购合同

合同编号：LJCG-2026-0417
采购项目编号：LJZC2026-GK-0093（公开招标）

甲方（采购人）：临江市城市管理综合执法局
地址：临江市滨江大道188号
乙方（中标供应商）：江城智联信息技术有限公司
地址：临江市高新区创业路66号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临江市智慧城管执法平台建设项目（以下简称"本项目"）的系统集成事宜，经平等协商，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同不可分割的组成部分；各文件内容不一致的，以本合同为准。

第一条 项目内容
1.1 乙方负责本项目的总体设计、设备供货、软件部署、定制开发、安装调试、数据迁移、系统集成、人员培训及质保期内的售后服务，建成覆盖全市九个街道（乡镇）执法中队的智慧城管执法平台。
1.2 平台包括案件办理、执法监督、指挥调度、移动执法四个子系统，并与市政务服务便民热线、市场监管、不动产登记及公安人口信息等系统对接，实现案件线索自动流转、执法全过程记录和指挥中心统一调度。
1.3 本项目的详细技术要求以招标文件第三章"采购需求"及乙方投标文件中的技术响应为准。

第二条 合同价款
2.1 本合同总价为人民币肆佰叁拾伍万捌仟元整（¥4,358,000.00）。合同总价为固定的含税全包价，包括设备、软件、定制开发、运输、保险、安装、调试、培训、质保期内服务及税费等全部费用，甲方不再另行支付任何费用。
2.2 分项价格如下：
序号 | 项目                         | 数量   | 金额（元）
1    | 执法平台软件许可（永久）     | 1套    | 1,286,000
2    | 定制开发及系统接口           | 1项    | 694,000
3    | 移动执法终端                 | 260台  | 819,000
4    | 执法记录仪                   | 180台  | 302,400
5    | 指挥中心大屏及拼接控制器     | 1套    | 468,600
6    | 服务器及存储设备             | 1批    | 536,000
7    | 安装调试及数据迁移           | 1项    | 214,000
8    | 培训                         | 1项    | 38,000
     | 合计                         |        | 4,358,000
2.3 上表第1、3、4、5、6项（软件许可与硬件设备）价款合计为人民币3,412,000元。

第三条 付款方式
3.1 本合同签订并收到乙方开具的等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，即人民币871,600元。
3.2 全部设备到货安装、软件部署完成、系统上线试运行并通过初步验收后，甲方支付合同总价的45%，即人民币1,961,100元。
3.3 系统通过最终验收后，甲方支付合同总价的35%，即人民币1,525,300元。
3.4 乙方应在甲方每次付款前开具合法有效的增值税发票。

第四条 交付与实施
4.1 乙方应于本合同签订后60日内完成全部设备的供货和安装，于本合同签订后一百日内完成软件部署、定制开发和数据迁移，并使系统上线试运行。
4.2 交付地点为甲方指定的指挥中心机房及各执法中队。设备应为全新原厂正品。
4.3 乙方应派驻项目经理一名及实施人员不少于五名，项目经理未经甲方书面同意不得更换。乙方应每周向甲方提交项目进度报告。
4.4 历史数据迁移范围为2019年1月1日以来的全部执法案件、当事人信息及文书，迁移前乙方应制定迁移方案并经甲方确认。

第五条 验收
5.1 初步验收：全部设备到货安装、软件部署和接口联调完成后，由甲方组织初步验收，核对设备品牌、型号、数量与投标文件一致，并对各子系统功能逐项测试。
5.2 试运行期为三个月，自初步验收合格之日起计算。试运行期间未发生一级故障且二级故障累计不超过三次的，乙方方可申请最终验收。
5.3 最终验收标准：（1）招标文件规定的全部功能逐项测试通过；（2）平台在800个并发用户下页面平均响应时间不超过2秒；（3）历史案件数据迁移完整，按不低于5%的比例抽查核对无差错；（4）平台通过第三方网络安全等级保护三级测评；（5）源代码、技术文档、操作手册及培训记录移交齐全。甲方可邀请专家或第三方检测机构参与验收，并出具书面验收报告。
5.4 设备到货签收、系统上线试运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新提交验收，由此产生的费用由乙方承担。

第六条 质量保证与售后服务
6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供软硬件维修、更换、升级、补丁及技术支持服务。
6.2 服务水平：平台月度可用率不低于99.95%。故障分级响应要求如下：一级故障（平台整体不可用或案件办理功能中断）30分钟内响应、2小时内到达现场、6小时内恢复；二级故障（单个子系统或外部接口异常）1小时内响应、8小时内恢复；三级故障（一般性问题）次一工作日内解决。
6.3 乙方未达到上述响应或恢复时限的，每超时一小时向甲方支付违约金人民币1,000元；月度可用率每低于约定值0.01个百分点，向甲方支付违约金人民币2,000元。甲方可从应付款项或履约保证金中直接扣除。
6.4 质保期满后，如甲方委托乙方提供运维服务，年度运维费不超过第2.3条所列软件许可与硬件设备价款合计的8%，即每年不超过人民币272,960元，且在质保期满后三年内不上调。具体服务内容由双方另行签订运维合同约定。

第七条 知识产权
7.1 乙方保证其提供的设备、软件及服务不侵犯任何第三方的知识产权。因侵权引起的纠纷、索赔及损失由乙方负责处理和承担。
7.2 执法平台标准软件的著作权归乙方所有，甲方享有永久、不可撤销的使用许可。
7.3 本项目定制开发的程序、系统接口、执法文书模板、数据库设计及相关源代码和技术文档的知识产权归甲方所有。甲方可自行或委托第三方使用、修改和维护，无需另行取得乙方许可或支付费用。

第八条 数据安全
8.1 本项目产生和存储的全部数据，包括执法案件、当事人个人信息、执法音视频和系统日志，均归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向任何第三方提供或用于其他任何目的。
8.2 乙方应按照网络安全等级保护三级要求落实安全措施。运维操作须经甲方审批并通过甲方堡垒机进行，远程访问须使用甲方提供的VPN，操作全程留存日志备查。乙方人员不得使用移动存储介质接入平台设备。
8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失，包括第三方索赔和行政处罚。

第九条 保密
9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、执法信息、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。保密义务不因本合同终止而终止。
9.2 乙方应与参与本项目的人员签订保密承诺书。

第十条 违约责任
10.1 乙方逾期交货、逾期上线或因乙方原因逾期通过验收的，每逾期一日，应向甲方支付违约金人民币捌佰元（¥800）；逾期超过六十日的，甲方有权解除合同。
10.2 乙方违反第八条、第九条约定的，应赔偿甲方由此遭受的全部损失。

第十一条 分包
11.1 乙方可将综合布线、大屏安装等非主体、非关键性工作分包给具有相应资质的单位，于分包前五个工作日书面告知甲方即可，无需另行取得甲方同意。乙方就分包工作向甲方承担全部责任。
11.2 乙方不得将本项目转包。

第十二条 合同解除
12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

第十三条 法律适用与争议解决
13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。

第十四条 其他
14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。
14.2 本合同一式六份，甲方执四份，乙方执二份。

甲方（盖章）：临江市城市管理综合执法局        乙方（盖章）：江城智联信息技术有限公司
授权代表：                                    授权代表：
日期：                                        日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h210z02 — 碳纤维原丝在线检测系统 hardware supply + post-warranty maintenance — .docx (一、/（一）/1.)
# ---------------------------------------------------------------------------------------------------------------
H210Z02 = """T:碳纤维原丝在线检测系统采购及维保合同
P:合同编号：LS-CF-2026-058
P:甲方（买方）：连山碳纤维新材料有限公司　地址：吉林省吉林市经济技术开发区化工大街29号
P:乙方（卖方）：视衡智能检测设备（苏州）有限公司　地址：江苏省苏州市工业园区星湖街328号
P:甲方为提升原丝生产线的质量管控水平，经询价比选，决定向乙方采购原丝在线检测系统及相关服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应原丝在线检测系统共24套，对应甲方原丝车间第一至第四条纺丝线，每条线六个检测工位，并负责安装、调试、标定、与甲方DCS及MES系统的接口开发以及操作和维护培训。
P:（二）系统用于对原丝丝束的毛丝、断丝、并丝、张力和纤度进行连续在线检测，在缺陷超出设定限值时联动声光报警并记录缺陷位置，检测结果实时上传甲方MES系统，用于批次质量判定。
P:（三）系统的技术参数以本合同附件一《技术规格书》为准。
H:二、合同价格
P:（一）合同分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|在线毛丝/断丝检测单元（线阵相机、光源、工控机）|24套|68,500|1,644,000
TB:2|丝束张力与纤度在线测量仪|24套|21,800|523,200
TB:3|中央数据服务器及检测分析软件（含永久许可）|1套|286,000|286,000
TB:4|声光报警及剔除联动模块|24套|4,600|110,400
TB:|硬件设备小计（含软件许可）|||2,563,600
TB:5|安装调试及标定|1项|168,000|168,000
TB:6|DCS/MES接口开发|1项|96,000|96,000
TB:7|操作及维护培训|1项|22,400|22,400
TB:|合同总价|||2,850,000
P:（二）合同总价为人民币贰佰捌拾伍万元整（¥2,850,000），含13%增值税、包装、运输、保险、安装调试及培训费用。质保期满后的维保费用按本合同第七条另行计取。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%，即人民币285,000元，作为预付款。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的55%，即人民币1,567,500元。到货签收及安装调试完成不代表设备质量验收合格。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即人民币997,500元。
P:（四）乙方应在每次付款前向甲方开具等额增值税专用发票。
H:四、交货与安装
P:（一）交货期：合同生效后75日内，全部设备运抵甲方原丝车间指定地点。
P:（二）安装调试应在不影响纺丝线连续生产的前提下，按甲方停车检修计划逐线实施，每条线的安装调试时间不超过五日。
P:（三）乙方现场人员应遵守甲方安全生产、化学品管理及动火作业等规章制度，因乙方人员违章造成的事故由乙方负责。
H:五、验收
P:（一）到货验收：设备到货后，双方共同开箱清点，核对型号、数量及随机文件。
P:（二）最终验收：系统在四条纺丝线上连续稳定运行30日后，由甲方组织最终验收。验收标准如下：
P:1. 毛丝、断丝检出率不低于98%，以甲方质检人员人工复检结果为基准，验收样本不少于2,000个缺陷；
P:2. 误报率不高于0.5%；
P:3. 纺丝线速度不超过每分钟350米时，检测及报警延迟不超过200毫秒；
P:4. 张力测量误差不超过±2%，纤度测量误差不超过±1%；
P:5. 与DCS、MES接口数据一致，每一条缺陷记录均可追溯到丝束批次号和工位。
P:（三）验收不合格的，乙方应在十五日内整改并重新提交验收。安装调试、试运行及甲方使用系统均不视为验收合格。
H:六、质量保证
P:（一）质保期为自最终验收合格之日起六个月；光源灯珠等易损件的质保期为三个月。
P:（二）质保期内，乙方免费维修或更换故障部件，免费提供检测分析软件的升级和补丁。
P:（三）服务响应：一级故障（任一纺丝线检测系统整体停止工作）30分钟内远程响应，8小时内到达现场，24小时内恢复；二级故障（单个工位故障）2小时内响应，48小时内修复；三级故障（一般性问题）三个工作日内解决。
P:（四）乙方未按上述时限响应或修复的，每超时一小时向甲方支付违约金人民币1,500元，甲方可从应付款项中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度为甲方提供维保服务，内容包括：每季度一次现场巡检，相机和测量仪重新标定，备品备件更换，软件升级，以及本合同第六条第（三）项规定的故障响应。
P:（二）年度维保费按硬件设备小计的22%计取，即每年人民币563,992元，自质保期满之日起按年度预先支付。自最终验收之日起五年内，维保费单价不作调整。
P:（三）维保服务以一个年度为期。甲方未在维保年度届满前三十日书面通知乙方不再续约的，按本条第（二）项的价格续约一个年度。
P:（四）维保期内的服务水平及违约责任与本合同第六条相同。
H:八、知识产权
P:（一）检测分析软件的著作权归乙方所有，甲方享有永久、不可转让的使用许可。
P:（二）为甲方开发的DCS/MES接口程序、甲方产线专用的缺陷样本库、检测模型参数及相关文档的知识产权归甲方所有。乙方应在最终验收时交付源代码，甲方可自行修改、使用或委托第三方维护。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:九、数据安全
P:（一）系统采集的全部生产数据，包括工艺参数、缺陷图像和检测记录，均归甲方所有。乙方不得复制、留存或将其用于本合同以外的任何目的。
P:（二）检测服务器部署于甲方工控内网，不得连接互联网。乙方远程维护须事先经甲方书面审批，通过甲方提供的VPN并在甲方人员监督下进行，维护结束后立即关闭访问权限。
P:（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:十、保密
P:乙方对知悉的甲方原丝工艺参数、油剂配方、产能产量、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至相关信息依法公开之日止。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:（二）乙方累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失、侵犯知识产权以及违反本合同第九条、第十条造成的损失除外。
H:十二、分包
P:乙方不得将本合同项下的安装调试或维保工作分包给第三方；确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:十三、合同解除
P:乙方严重违约，且在甲方书面通知后十五日内未改正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交吉林仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:十五、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一《技术规格书》、附件二《设备清单及配置》为本合同组成部分。
P:甲方（盖章）：连山碳纤维新材料有限公司　　乙方（盖章）：视衡智能检测设备（苏州）有限公司
P:代表签字：　　　　　　　　　　　　　　　　代表签字：
"""

# ---------------------------------------------------------------------------------------------------------------
# h210z03 — tea-house chain 点单与会员 SaaS, three years + 实施 — .md (Markdown headings, 1. / 1.1)
# ---------------------------------------------------------------------------------------------------------------
H210Z03 = """# 茶饮门店点单与会员管理系统 SaaS 服务合同

合同编号：SSCS-IT-2026-011

- 甲方（客户）：蜀山茶舍餐饮管理有限公司，地址：四川省成都市锦江区红星路三段16号
- 乙方（服务商）：云点科技（杭州）有限公司，地址：浙江省杭州市余杭区文一西路998号

甲方经营"蜀山茶舍"连锁茶馆及新式茶饮门店，拟使用乙方的"云点 POS"SaaS 平台统一门店点单收银和会员管理。双方根据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。

## 1. 服务内容

1.1 乙方通过"云点 POS"平台向甲方及其直营门店提供点单收银、桌台管理、会员管理、积分储值、优惠券营销和经营报表服务（以下简称"订阅服务"），首批开通门店86家。

1.2 乙方负责一次性实施服务，包括：门店收银设备联调，菜单、价格及套餐导入，原有会员数据（约42万条）迁移，与微信小程序、支付宝、美团及饿了么外卖平台的对接，以及门店店长和收银员培训。

1.3 订阅服务期限为三年，自上线验收合格之日起计算。

1.4 甲方负责提供门店网络和收银终端，指定项目负责人，按乙方的数据模板整理菜单和会员资料，并组织门店人员参加培训。

## 2. 服务费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 点单收银订阅 | 86店 × 3,960元/店/年 × 3年 | 1,021,680 |
| 会员营销模块 | 58,000元/年 × 3年 | 174,000 |
| 实施服务（一次性） | 固定价 | 126,000 |
| **合同总价** | | **1,321,680** |

2.1 上述价格为含税价（增值税税率6%），包括平台使用、数据存储、版本升级及服务期内的技术支持费用。

2.2 服务期内甲方新增门店的，按3,960元/店/年的单价按月折算计费，新增费用不计入上表合同总价。

2.3 本合同不设预付款。

## 3. 付款

3.1 订阅费和会员营销模块费按季度结算。乙方于每季度结束后五个工作日内提交当季服务报告和发票，甲方确认后十五日内支付当季费用，即每季度人民币99,640元。

3.2 实施费在上线验收合格后十五日内一次性支付。

## 4. 实施与上线验收

4.1 乙方应在本合同签订后45日内完成全部86家门店的上线，并在上线前提交实施方案和会员数据迁移方案供甲方确认。

4.2 上线验收标准：（1）全部门店可正常点单、收银、打印小票及出餐单；（2）迁移的会员数据经双方抽样核对无差错，储值余额与积分逐户一致；（3）微信小程序、支付宝、美团、饿了么的订单同步延迟不超过10秒；（4）在每分钟3,000笔订单的压力测试下，下单平均响应时间不超过1秒。

4.3 门店开始使用系统或甲方支付任何费用，均不视为验收合格。验收不合格的，乙方应在七日内整改。

4.4 因乙方原因逾期完成上线的，每逾期一日，乙方向甲方支付违约金人民币1,000元。

4.5 乙方应为每家门店提供不少于两小时的现场或视频培训，并向甲方提供操作手册、常见问题手册和培训视频；服务期内新开门店的培训由乙方免费提供。

## 5. 服务水平

5.1 订阅服务月度可用率不低于99.5%。计划内维护应安排在凌晨2点至6点之间，并提前三日通知甲方，计划内维护时间不计入不可用时间。

5.2 故障响应：一级故障（十家以上门店无法点单或收款）15分钟内响应，1小时内恢复；二级故障（单店故障或外卖订单不同步）1小时内响应，8小时内解决；三级故障（一般咨询或报表问题）一个工作日内答复。乙方提供每天7时至24时的电话及企业微信支持。

5.3 服务抵扣：月度可用率低于约定值的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣；一级故障未按时恢复的，每次另行抵扣人民币2,000元。抵扣金额从下一季度应付费用中扣除。

## 6. 数据权属与使用

6.1 甲方在订阅服务中产生的订单数据、会员数据、储值及交易数据归甲方所有。

6.2 甲方同意，乙方可对上述数据进行去标识化处理后，用于乙方的茶饮行业经营分析报告、产品优化以及向其他客户提供的行业对标服务；本合同终止后，乙方仍可继续使用已经去标识化处理的数据。

6.3 本合同终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后删除平台中的甲方数据。

## 7. 数据安全

7.1 乙方应确保平台通过网络安全等级保护三级测评，数据存储于中华人民共和国境内；会员个人信息应加密存储和传输，访问权限按最小必要原则分配，全部访问留存审计日志。

7.2 乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，仅按甲方指示处理会员个人信息，不得向第三方提供。

7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并配合甲方向监管部门和会员履行告知义务。因乙方原因造成安全事件的，乙方应赔偿甲方的全部损失。

## 8. 保密

8.1 双方对在合作过程中知悉的对方商业秘密，包括甲方的门店经营数据、配方、价格策略和会员信息，负有保密义务，未经对方书面同意不得向第三方披露。

8.2 保密义务在本合同终止后继续有效五年。

## 9. 知识产权

9.1 "云点 POS"平台及其软件的知识产权归乙方所有。

9.2 为甲方定制的小程序页面、会员等级与积分规则配置、报表模板及甲方提供的品牌素材归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 10. 续期与价格

10.1 服务期满前三十日内，任何一方未书面提出不续约的，本合同自动续期一年，此后亦同。

10.2 续期时，乙方有权根据其当年价格体系上调订阅单价，上调幅度不超过上一期单价的10%，乙方于续期前十五日通知甲方即可。

## 11. 责任限制

11.1 乙方在本合同项下的累计赔偿责任不超过合同总价的150%，但乙方违反第7条、第8条造成的损失不受此限。

11.2 任何一方均不对对方的间接损失承担责任。

## 12. 分包

乙方使用的云基础设施服务商（阿里云计算有限公司）经甲方签署本合同即视为认可。除此之外，乙方将本合同项下任何工作委托第三方完成的，须事先取得甲方书面同意。

## 13. 合同解除

13.1 一方严重违约，经对方书面通知后十五日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 月度可用率连续两个月低于99%的，甲方有权解除本合同，无需承担任何违约责任。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

## 15. 不可抗力

因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，可根据影响部分或全部免除责任。乙方的机房、云服务商或网络运营商故障不属于不可抗力。

## 16. 通知

双方的通知以书面形式送达本合同首部所列地址，或发送至双方项目负责人的电子邮箱，电子邮件发出即视为送达。

## 17. 其他

本合同自双方签章之日起生效，一式两份，双方各执一份。本合同的附件包括《服务说明》和《上线验收方案》，与本合同具有同等效力。

甲方（签章）：蜀山茶舍餐饮管理有限公司　　　乙方（签章）：云点科技（杭州）有限公司

日期：　　　　　　　　　　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h210z04 — county 文化和旅游局 智慧旅游监管平台 annual O&M (政府采购 竞争性磋商) — .pdf (第一章 / 第X条 / （一）)
# ---------------------------------------------------------------------------------------------------------------
H210Z04 = """T:云溪县智慧旅游监管平台年度运维服务合同
P:合同编号：YXWL-2026-YW-003
P:采购方式：竞争性磋商（采购编号：YXZC2026-CS-021）
P:甲方（采购人）：云溪县文化和旅游局
P:乙方（成交供应商）：黔程数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就云溪县智慧旅游监管平台年度运维服务事宜，订立本合同。
H:第一章　总则
P:第一条　合同组成。本合同由下列文件组成：本合同条款、竞争性磋商文件、乙方响应文件及最终报价、成交通知书、服务过程中双方签署的确认文件。上述文件互为补充，如有不一致，以本合同条款为准。
P:第二条　服务内容。乙方为甲方智慧旅游监管平台提供一年的运维服务，具体包括：（一）平台软件运维，含驻场运维人员一名及远程技术支持；（二）全县景区、游客集散中心共148路视频监控接入点的运维；（三）客流监测与预警模型的维护和参数调整；（四）安全运维，含漏洞扫描、补丁管理和等级保护测评配合；（五）春节、五一、国庆等旅游高峰期的应急保障。
P:第三条　服务期限。服务期自2026年3月1日起至2027年2月28日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，应依法重新组织采购。
P:第四条　服务地点。甲方指挥调度中心及全县各景区、游客集散中心。
H:第二章　服务费用与支付
P:第五条　合同总价。本合同总价为人民币叁拾玖万肆仟元整（¥394,000），为含税全包价，包括人员、交通、工具、备品备件及税费等全部费用。分项如下：
TB:序号|服务项目|金额（元）
TB:1|平台软件运维（驻场一人及远程支持）|186,000
TB:2|视频监控接入点运维（148路，每路600元）|88,800
TB:3|客流监测与预警模型维护|46,000
TB:4|安全运维|52,000
TB:5|旅游高峰期应急保障|21,200
TB:|合计|394,000
P:第六条　支付方式。（一）本合同不设预付款。（二）服务费按季度支付，每季度服务费为人民币98,500元。甲方在每季度考核合格且收到乙方发票后十五个工作日内支付当季服务费。（三）季度考核扣减的金额从当季服务费中扣除。
P:第七条　履约保证金。乙方已按磋商文件要求提交履约保证金人民币一万元，年度验收合格后十个工作日内由甲方无息退还。
H:第三章　服务要求与考核
P:第八条　人员要求。乙方应指派具有三年以上平台运维经验的驻场工程师一名，工作时间为每个工作日8:30至17:30；另设项目负责人一名，负责与甲方的日常沟通和服务质量管理。乙方更换驻场人员或项目负责人的，应提前十日书面征得甲方同意，且新任人员的资历不得低于原人员。
P:第九条　巡检要求。乙方应每日检查平台运行状态、服务器资源、数据库和视频接入情况，并填写巡检记录；每月复核客流预警模型的预警准确性，根据景区承载量变化调整预警阈值；在重大节庆活动前三日完成专项检查。
P:第十条　服务水平。（一）平台月度可用率不低于99.95%。（二）一级故障（平台整体不可用、监控指挥大屏中断或客流预警推送失效）15分钟内响应，1小时内到场，2小时内恢复；二级故障（单个子系统或单个景区接入中断）30分钟内响应，8小时内解决；单路视频监控故障在24小时内修复。（三）旅游高峰期每日安排驻场人员两名，实行全天值守。
P:第十一条　应急保障。乙方应制定平台故障、网络攻击和景区客流超载预警失效等情形的应急预案，报甲方备案，并每半年配合甲方组织一次应急演练。
P:第十二条　服务成果。乙方应于每月5日前提交上月运维报告，每季度提交安全扫描报告，服务期满前十五日提交年度运维总结报告，并移交运维文档、脚本和账号清单。
P:第十三条　考核扣款。（一）一级故障响应或恢复超时的，每次扣减服务费人民币1,000元；（二）平台月度可用率每低于约定值0.01个百分点，扣减服务费人民币500元；（三）单路视频监控超过24小时未修复的，每路每日扣减人民币100元。
P:第十四条　验收。（一）季度考核：甲方每季度末依据本合同第十条、第十二条的要求，对乙方的服务响应记录、平台可用率统计、运维报告及安全扫描报告进行考核，考核合格的出具季度考核表。（二）年度验收：服务期满后，甲方组织年度验收，验收标准为：四个季度考核均合格；平台及全部视频接入点运行正常；运维文档、脚本、账号及权限清单完整移交。甲方可邀请第三方机构参与验收。（三）甲方支付任何服务费均不视为年度验收合格。
P:第十五条　甲方义务。甲方应为驻场人员提供办公场所和必要的网络接入，开通运维所需的账号权限，协调各景区配合视频接入点的现场维护，并按约定支付服务费。
H:第四章　数据、保密与知识产权
P:第十六条　数据权属。平台中的全部数据，包括游客客流数据、视频图像、景区经营数据和系统日志，均归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:第十七条　数据安全。（一）乙方应按照网络安全等级保护三级要求开展运维，全部运维操作须通过甲方堡垒机进行并留存日志，远程运维须事先经甲方批准。（二）乙方人员不得将平台数据下载至个人设备或移动存储介质。（三）发生数据泄露、篡改、丢失或网络攻击等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成安全事件的，乙方承担全部责任，赔偿甲方全部损失。
P:第十八条　保密。乙方及其人员对在服务过程中知悉的甲方工作秘密、网络结构、账号口令、游客个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在本合同终止后继续有效。
P:第十九条　知识产权。乙方在运维过程中形成的运维文档、脚本、配置、客流预警模型的优化参数及其他工作成果，知识产权均归甲方所有，甲方可自由使用、修改或交由第三方使用。
H:第五章　违约责任
P:第二十条　乙方未按约定时间进场提供服务或逾期提交第十二条所列服务成果的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:第二十一条　乙方服务不符合本合同约定，给甲方造成损失的，应赔偿甲方的全部损失。
H:第六章　其他约定
P:第二十二条　分包。本项目不得分包或转包。
P:第二十三条　合同解除。乙方严重违约，经甲方书面通知后十日内仍未改正的，或者连续两个季度考核不合格的，甲方有权解除本合同，并要求乙方赔偿损失。
P:第二十四条　不可抗力。因地震、洪涝、山体滑坡等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方可根据影响程度协商延期履行或部分免除责任。
P:第二十五条　法律适用与争议解决。本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
P:第二十六条　生效。本合同自双方签字盖章之日起生效，一式四份，甲方执三份，乙方执一份。
P:甲方（盖章）：云溪县文化和旅游局　　乙方（盖章）：黔程数智科技有限公司
P:授权代表：　　　　　　　　　　　　　授权代表：
"""

# ---------------------------------------------------------------------------------------------------------------
# h210z05 — 粽子 maker MES licence + custom development, on the supplier's own template — .md (第N条 / N.1)
# ---------------------------------------------------------------------------------------------------------------
H210Z05 = """# 智造云联 MES 软件许可及实施合同

（智造云联标准合同文本 V4.0）

合同编号：ZZYL-MES-2026-0318

**甲方（客户）**：嘉禾粽业食品有限公司　地址：浙江省嘉兴市南湖区粽香路8号

**乙方（供应商）**：智造云联软件有限公司　地址：浙江省杭州市滨江区网商路599号

鉴于甲方拟在其粽子生产基地实施制造执行系统（MES），乙方具备相应的软件产品和实施能力，双方经协商一致，按照乙方标准合同文本订立本合同，共同遵守。

## 第1条 定义

1.1 "标准软件"指乙方拥有著作权的"智造云联 MES"软件产品及其用户文档。

1.2 "定制开发成果"指乙方根据甲方需求开发的功能模块、接口程序、报表、配置及相关源代码和文档。

1.3 "上线"指系统在甲方生产现场投入运行。

1.4 "工作日"指中华人民共和国法定工作日。

## 第2条 合同标的

2.1 乙方向甲方提供标准软件许可，包括生产管理、质量管理、仓储管理和批次追溯四个模块，并发用户数为200个。

2.2 乙方为甲方进行定制开发，包括：粽叶、糯米、肉馅等原料的批次追溯，蒸煮工序温度和时间的自动采集，称重包装线和金属检测机的数据对接，以及冷链出库管理。

2.3 乙方负责系统的部署、配置、数据初始化、培训及上线支持，并提供数据采集网关16台。

## 第3条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | MES 标准软件许可（四个模块，200并发用户） | 720,000 |
| 2 | 定制开发 | 486,000 |
| 3 | 实施服务 | 158,000 |
| 4 | 数据采集网关（16台 × 5,500元） | 88,000 |
| | 合计 | 1,452,000 |

3.1 合同总价为人民币壹佰肆拾伍万贰仟元整（¥1,452,000），含增值税。

3.2 上述价格不包括甲方生产现场的网络布线、服务器、操作系统和数据库软件，该等软硬件由甲方自行采购。

## 第4条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即人民币798,600元。

4.2 系统上线运行后十个工作日内，甲方向乙方支付合同总价的45%，即人民币653,400元。

4.3 甲方逾期付款的，乙方有权暂停实施工作，工期相应顺延。

## 第5条 交付与实施

5.1 乙方计划在本合同签订后150日内完成系统上线。甲方应按乙方要求及时提供需求资料、场地、网络和配合人员；因甲方原因导致的延误，工期相应顺延。

5.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金累计不超过合同总价的3%。

5.3 需求确认后，甲方提出需求变更的，乙方评估工作量后按每人天人民币2,500元另行收费，工期相应调整。

## 第6条 甲方义务

6.1 甲方应指定项目负责人和关键用户，按乙方的实施计划参加需求调研、方案确认和系统测试。

6.2 甲方应在乙方提出要求后三个工作日内提供所需的物料编码、配方工艺、设备清单和历史数据，并对其真实性和完整性负责。

6.3 甲方应按乙方要求准备服务器、网络和终端设备，并保证其满足系统运行的配置要求。因甲方软硬件环境问题导致的系统故障，不属于乙方的责任范围。

## 第7条 验收

7.1 系统上线运行即视为甲方验收合格。

7.2 甲方在系统上线后使用系统的，视为甲方认可乙方的全部交付成果，乙方不再另行组织验收。

## 第8条 培训

乙方为甲方提供系统管理员培训和关键用户培训各一期，培训地点为甲方生产基地。甲方新增人员的培训，由甲方关键用户负责，乙方可应甲方要求另行有偿提供。

## 第9条 免费维护

9.1 乙方自系统上线之日起向甲方提供六个月的免费维护服务，内容包括远程技术支持和软件缺陷修复。

9.2 故障响应：一级故障（系统整体无法登录或生产数据无法采集）乙方在24小时内响应；二级故障在三个工作日内响应；其他问题在乙方版本更新中统一处理。

9.3 一级故障响应超时的，乙方按每次人民币500元向甲方支付违约金，每年累计不超过人民币5,000元。

## 第10条 维保服务

10.1 免费维护期满后，甲方应向乙方购买年度维保服务。维保费按乙方届时公布的维保价格标准执行。

10.2 维保服务期为一年。维保期满前三十日内甲方未书面提出终止的，维保服务自动续期一年，此后亦同；续期时乙方有权根据市场情况调整维保价格，并于续期后通知甲方。

10.3 甲方未购买维保服务的，乙方不再提供软件升级和技术支持。

## 第11条 知识产权

11.1 标准软件的著作权及其他知识产权归乙方所有，甲方仅在本合同约定范围内享有使用权。

11.2 定制开发成果的知识产权归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得修改、反向工程，也不得许可任何第三方使用。

11.3 乙方有权将定制开发成果用于其他客户或纳入标准软件。

11.4 甲方保证其向乙方提供的资料不侵犯任何第三方的合法权益。

## 第12条 数据

12.1 甲方在使用系统过程中产生的生产数据归甲方所有。

12.2 甲方同意乙方可将脱敏后的生产工艺数据和设备运行数据用于乙方的产品改进、算法训练及食品行业解决方案。

12.3 乙方应采取必要的技术和管理措施保护甲方数据安全，防止数据泄露、篡改和丢失。发生数据安全事件的，乙方应在知悉后48小时内通知甲方并协助处理；因乙方原因导致数据泄露的，乙方承担相应的赔偿责任，但以本合同第14条约定的限额为限。

## 第13条 保密

13.1 双方对在履行本合同过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。

13.2 下列信息不属于保密信息：已经公开的信息；接收方在披露前已合法知悉的信息；依法律或监管要求必须披露的信息。

13.3 保密期限为本合同终止后三年。

## 第14条 责任限制

14.1 乙方在本合同项下的全部赔偿责任（包括违约金）总额不超过合同总价的20%。

14.2 乙方不承担甲方的间接损失、利润损失、生产停工损失及数据恢复费用。

## 第15条 合同解除

15.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方可书面通知解除本合同。

15.2 本合同解除后，甲方已支付的款项不予退还，但乙方根据本合同第14条应承担的赔偿除外。

## 第16条 不可抗力

因不可抗力导致一方不能履行本合同的，该方不承担违约责任，但应在不可抗力发生后十日内通知对方。不可抗力影响持续超过六十日的，任何一方可解除本合同。

## 第17条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地有管辖权的人民法院提起诉讼。

## 第18条 其他

18.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。

18.2 双方的通知以书面形式送达本合同首部所列地址；任何一方地址变更的，应提前书面通知对方。

18.3 本合同为乙方标准合同文本，双方对条款另有约定的，以书面补充协议为准。

甲方（盖章）：嘉禾粽业食品有限公司　　　　乙方（盖章）：智造云联软件有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：　　　　　　　　　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h210e01 — Huzhou writing-brush maker: brush-tip grading software perpetual licence + configuration + support;
# vendor on Illaunroe, Irish style (Clause N / N.1, Schedules) — .pdf
# ---------------------------------------------------------------------------------------------------------------
H210E01 = """T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:GradeTip Vision brush-tip grading system. Agreement reference IVS/CN/2026/014.
P:THIS AGREEMENT is dated the ____ day of ______________ 2026
P:BETWEEN:
P:(1) ILLAUNROE VISION SYSTEMS DAC, a designated activity company incorporated in Ireland under registered number 684217, having its registered office at Illaunroe, Lough Fee, Renvyle, County Galway, Ireland (the "Licensor"); and
P:(2) HUZHOU SHANLIAN JADE-TIP BRUSH CO., LTD. (湖州善琏玉锋笔业有限公司), a limited liability company established under the laws of the People's Republic of China, having its registered address at No. 18 Yongxin Road, Shanlian Town, Wuxing District, Huzhou, Zhejiang Province (the "Customer").
P:WHEREAS:
P:(A) The Licensor licenses the GradeTip Vision software, which grades the tips of writing brushes by macro imaging.
P:(B) The Customer makes Hu brushes and wishes to use the software at three grading stations, configured to its own grading standards. At the Customer's request all amounts are stated and payable in Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 "Software" means the GradeTip Vision Core application and three GradeTip Station clients, with documentation and updates; "Customer Configuration" means the grading rules, reference image library, trained grading model parameters, report templates and ERP interface developed for the Customer; "Installation" means the installation of the Software on the Customer's server and stations; "Business Day" means a banking day in Huzhou.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees, the Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to use the Software at its premises in Huzhou on one server and up to three grading stations.
P:2.2 The Customer may transfer the licence to an affiliate that takes over its brush-making business, on written notice to the Licensor.
H:Clause 3 Configuration Services
P:3.1 The Licensor shall: (a) calibrate the Software to the Customer's three camera rigs; (b) build a reference image library from at least 6,000 brush tips graded by the Customer's master brush-makers; (c) configure and train the grading model for each product line; (d) develop the ERP interface for grades and lot numbers; and (e) train ten operators (together, the "Configuration Services").
P:3.2 The Licensor shall perform the Configuration Services through its own engineers under the project plan in the Schedule.
H:Clause 4 Fees and Payment
P:4.1 The fees are fixed, stated in CNY and inclusive of all taxes, travel and expenses of the Licensor:
TB:Item|Quantity|Amount (CNY)
TB:GradeTip Vision Core perpetual licence (site)|1|386,000
TB:GradeTip Station perpetual licence|3 x 54,000|162,000
TB:Licence Fees subtotal||548,000
TB:Configuration Services (calibration, reference library, grading model)|fixed price|214,000
TB:ERP interface development|fixed price|58,000
TB:Training|fixed price|26,000
TB:Contract Price||846,000
P:4.2 The Contract Price shall be paid as follows: (a) 10% (CNY 84,600) within 20 Business Days of signature; (b) 45% (CNY 380,700) within 20 Business Days after Installation is complete, it being agreed that Installation is not acceptance; and (c) 45% (CNY 380,700) within 20 Business Days after the Final Acceptance Certificate is signed. Each payment is due against a correct invoice.
H:Clause 5 Delivery and Delay
P:5.1 The Licensor shall complete Installation within 45 days, and shall be ready to begin the acceptance tests within 100 days, after signature of this Agreement.
P:5.2 If the Licensor fails to meet either date for reasons not attributable to the Customer, it shall pay liquidated damages of CNY 600 for each day of delay, up to a maximum of 10% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of the Customer's loss. If the delay exceeds 60 days the Customer may terminate this Agreement under Clause 15.
H:Clause 6 Acceptance
P:6.1 The Software passes the acceptance tests when: (a) on a blind sample of 2,000 brush tips graded independently by two of the Customer's master brush-makers, the grade given by the Software agrees with the masters' agreed grade for at least 95% of the tips and is never more than one grade apart; (b) each station grades at least 20 tips per minute; (c) every grade and lot number is posted correctly to the ERP system; and (d) the system runs for 20 consecutive working days without a Severity 1 fault.
P:6.2 When the tests are passed the Customer shall sign a Final Acceptance Certificate within five Business Days or list the failures, which the Licensor shall correct before repeating the tests. Installation, production use or any payment does not constitute acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that for eighteen months from Final Acceptance (the "Warranty Period") the Software and the Customer Configuration will perform materially in accordance with the documentation and the acceptance criteria in Clause 6.
P:7.2 During the Warranty Period the Licensor shall, free of charge, correct defects, re-train the grading model for up to two new brush types a year, provide the support in Clause 9 and supply all updates.
H:Clause 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support, with the service levels in Clause 9 and updates. The annual support fee is 11% of the Licence Fees, that is CNY 60,280 per year, fixed for the first three support years. Thereafter the fee may be increased only by written agreement and by no more than 3% in any year.
P:8.2 Support is ordered year by year by purchase order and does not renew automatically.
H:Clause 9 Service Levels
P:9.1 The Licensor's Mandarin-speaking support desk is open from 08:00 to 20:00 China Standard Time on Business Days and, for Severity 1 faults, at any time.
P:9.2 Severity 1 means that grading has stopped at all stations or that grades are posted wrongly to the ERP system; Severity 2 means that one station is out of service or that grading accuracy has visibly degraded; Severity 3 means any other fault. The Licensor shall respond to a Severity 1 fault within 2 hours and restore grading within 8 hours; respond to a Severity 2 fault within 6 hours and correct it within three Business Days; and respond to a Severity 3 fault on the next Business Day.
P:9.3 For each full hour by which the Licensor exceeds a Severity 1 response or restoration time it shall credit the Customer CNY 800, and for a Severity 2 time CNY 300, deducted from the next amount due or paid on demand.
H:Clause 10 Intellectual Property
P:10.1 The Software and all intellectual property rights in it remain the property of the Licensor or its licensors.
P:10.2 All intellectual property rights in the Customer Configuration, including the reference image library, the trained grading model parameters for the Customer's brushes, the report templates and the source code of the ERP interface, shall vest in the Customer on creation. The Licensor shall deliver the source code at Final Acceptance. The Customer may use, modify and license the Customer Configuration freely, and the Licensor shall not reuse it for any other customer.
P:10.3 The Licensor shall indemnify the Customer against third-party infringement claims.
H:Clause 11 Customer Data and Security
P:11.1 All images, grades, production records and other data created or processed by the Software ("Customer Data") belong to the Customer. The Licensor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy, retain or use it for any other purpose, including the training of models for other customers.
P:11.2 The Software runs on the Customer's own server. Remote access requires the Customer's approval for each session, through the Customer's VPN with multi-factor authentication, and is logged. The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law and shall not transfer Customer Data out of China.
P:11.3 The Licensor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate remedial steps, and shall be liable for all loss and cost caused to the Customer by any such incident attributable to the Licensor.
H:Clause 12 Confidentiality
P:12.1 Each party shall keep confidential the other's confidential information, including the Customer's grading standards, its master brush-makers' know-how and its prices, and use it only for this Agreement, for five years after termination.
H:Clause 13 Liability
P:13.1 Each party's total liability under or in connection with this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Clauses 10.3, 11.3 and 12, to fraud, or to death or personal injury caused by negligence.
P:13.2 Neither party is liable for indirect or consequential loss.
H:Clause 14 Subcontracting and Assignment
P:14.1 The Licensor shall not subcontract any part of the Configuration Services or the support without the Customer's prior written consent, and remains responsible for any subcontractor. Neither party may assign this Agreement without the other's prior written consent, save as provided in Clause 2.2.
H:Clause 15 Term and Termination
P:15.1 The licence in Clause 2 continues perpetually unless this Agreement is terminated before Final Acceptance.
P:15.2 Either party may terminate this Agreement by written notice if the other commits a material breach and, where the breach is capable of remedy, fails to remedy it within 30 days after written notice. The Customer may also terminate under Clause 5.2, in which case the Licensor shall refund all amounts paid within 30 days.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:16.2 The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 17 General
P:17.1 Neither party is liable for delay caused by events beyond its reasonable control. This Agreement is the entire agreement of the parties. The English text prevails over any translation.
H:Schedule Project Plan and Customer Equipment
P:Weeks 1 to 6: Installation and calibration. Weeks 7 to 11: reference library and grading model. Weeks 13 and 14: ERP interface, training and acceptance tests. The Customer supplies three camera rigs, one server and three station PCs to the Licensor's specification.
P:SIGNED for and on behalf of ILLAUNROE VISION SYSTEMS DAC by: ____________________ Director
P:SIGNED for and on behalf of HUZHOU SHANLIAN JADE-TIP BRUSH CO., LTD. by: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h210e02 — Kaili Miao-village homestay group: booking SaaS, Order Form + General Terms; vendor on the Insel Gnitz,
# German style (§ N (1)) — .md
# ---------------------------------------------------------------------------------------------------------------
H210E02 = """# Order Form No. GB-2026-117

## Gnitz Booking Suite — subscription for the Kaili Miao-village homestays

**Provider:** Gnitzer Buchungssysteme GmbH, Am Peenestrom 7, 17440 Lütow (Insel Gnitz), Germany, registered with the Local Court (Amtsgericht) of Stralsund under HRB 21734, represented by its managing director Ms Henrike Wolgast ("Provider").

**Customer:** Kaili Miaozhai Homestay Group Co., Ltd. (凯里苗寨民宿集团有限公司), No. 9 Yingpan East Road, Kaili, Qiandongnan Miao and Dong Autonomous Prefecture, Guizhou Province, People's Republic of China ("Customer").

**Order date:** ____ 2026

### 1. Services ordered

| Service | Scope | Fee (CNY) |
|---|---|---|
| Booking engine with web and WeChat mini-program booking pages | 42 properties, 316 rooms | 16,800 per month |
| Channel manager (Ctrip, Meituan, Fliggy, Booking.com) | 42 properties | 11,200 per month |
| Property management (front desk, housekeeping, night audit) | 42 properties | 8,400 per month |
| Guest messaging and review management | all properties | 2,200 per month |
| **Monthly fee** | | **38,600 per month** |
| Onboarding: set-up, channel mapping, property content in Chinese, English and Hmu (Miao), training of 60 staff | one-off | 74,000 |

### 2. Initial Term

Thirty-six (36) months from the Go-Live Date (§ 2 (4)). Renewal: § 3 (2).

### 3. Total fees for the Initial Term

36 × CNY 38,600 = CNY 1,389,600 plus the onboarding fee of CNY 74,000, in total **CNY 1,463,600**. At the Customer's request all fees are stated and payable in Renminbi (CNY); they include value-added tax. Properties added during the term are charged pro rata at the per-property rates in Annex 1 and are not part of the total above.

### 4. Payment

Monthly fees are invoiced monthly in arrears and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance (§ 2 (4)). No advance payment is due.

### 5. Target Go-Live Date

Sixty (60) days after the Order date.

### 6. Special conditions

Hosting in a data centre in Guiyang, Guizhou Province, operated by the hosting partner named in Annex 2. These Order Form provisions take precedence over the General Terms below, which form part of this contract.

For the Provider: ____________________  For the Customer: ____________________

---

# General Terms of Service of Gnitzer Buchungssysteme GmbH (version 2026-01)

## § 1 Scope

(1) These General Terms apply to all subscriptions ordered by an Order Form; both together form the "Contract".

(2) General terms and conditions of the Customer do not apply.

## § 2 Services; onboarding; Go-Live

(1) The Provider makes the Gnitz Booking Suite available to the Customer as software as a service in the scope set out in the Order Form and Annex 1.

(2) The Provider performs the onboarding with its own staff, remotely and during two site visits to the Customer's villages.

(3) The Customer provides property data, photographs, room inventories and rates in due time.

(4) Go-Live Acceptance. When onboarding is complete, the parties jointly run the acceptance tests in Annex 3. The services are accepted when (a) twenty test bookings made through each connected channel are synchronised to all other channels within 60 seconds without overbooking; (b) rates, restrictions and availability calendars of all 42 properties are correct; (c) test payments and refunds through WeChat Pay and Alipay are reconciled to the cent; and (d) the night audit of the property management module runs correctly on three consecutive days. The Customer confirms acceptance in text form within five working days or lists the defects found; the Provider remedies them and repeats the tests. The day of confirmation is the "Go-Live Date". Use of the services in live operation before confirmation does not constitute acceptance.

(5) If Go-Live Acceptance is delayed beyond the target date in the Order Form for reasons for which the Provider is responsible, the Provider pays a contractual penalty (Vertragsstrafe) of CNY 900 for each calendar day of delay, in total not more than 10% of the total fees for the Initial Term. Further claims for damages remain unaffected; the penalty is credited against them.

## § 3 Term; renewal; termination for cause

(1) The Contract runs for the Initial Term stated in the Order Form.

(2) The Contract is extended automatically by one year at a time unless either party gives notice of termination in text form no later than three months before the end of the current term. During any extension the fees remain those stated in the Order Form; any change of fees requires a written agreement of both parties.

(3) The right of either party to terminate for good cause (aus wichtigem Grund) without notice remains unaffected. Good cause exists for the Customer in particular if the Provider commits a material breach of the Contract and does not remedy it within 14 days after a written warning, or if the monthly availability under § 4 (1) falls below 99.5% in two consecutive months.

## § 4 Service levels

(1) The booking engine and the channel manager are available 99.95% of each calendar month, measured at the Provider's internet interface. Maintenance windows announced three days in advance and lying between 01:00 and 05:00 China Standard Time are not counted as unavailability.

(2) Incidents are handled as follows:

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | booking engine or channel synchronisation down for all properties | 30 minutes | 3 hours |
| Priority 2 | one function or one property affected, or synchronisation delayed | 2 hours | 8 hours |
| Priority 3 | other faults and questions | next working day | as agreed |

(3) Support is provided in Chinese by telephone and WeChat around the clock for Priority 1 incidents and from 08:00 to 22:00 China Standard Time otherwise.

(4) Service credits: if the monthly availability is below 99.95%, the Customer receives a credit of 5% of the monthly fee; below 99.5%, 25% of the monthly fee. For each started hour by which a Priority 1 response or restoration time is exceeded, the Customer receives a credit of CNY 1,000. Credits are set off against the next invoice.

## § 5 Fees and invoicing

(1) The fees result from the Order Form. Invoices are issued electronically.

(2) If the Customer is more than 60 days in default of payment, the Provider may suspend access after 14 days' warning in text form.

## § 6 Customer Data

(1) All data that the Customer or its guests enter into the services or that arise from their use — in particular bookings, guest data, rates, payments and reviews — ("Customer Data") belong to the Customer.

(2) The Provider processes Customer Data exclusively on the documented instructions of the Customer and only to provide the services. It does not use Customer Data, including in aggregated or anonymised form, for any other purpose.

(3) After the end of the Contract, the Provider makes all Customer Data available for export in a common format for 30 days and then deletes it, confirming the deletion in text form.

## § 7 Data security

(1) The Provider takes appropriate technical and organisational measures to protect Customer Data, in particular: encryption in transit and at rest; hosting exclusively in mainland China in an environment filed at Multi-Level Protection Scheme level 3; role-based access with multi-factor authentication; logging of all administrative access; daily back-ups with a restore test every quarter. Staff of the Provider outside China have no access to personal information of guests.

(2) The Provider complies with the PRC Personal Information Protection Law and Data Security Law when processing guest personal information and does not transfer it out of mainland China.

(3) The Provider notifies the Customer of any security incident affecting Customer Data without undue delay and at the latest within 24 hours, takes all necessary measures to contain it and supports the Customer in notifying authorities and guests. The Provider is responsible for damage caused by a security incident for which it is responsible.

## § 8 Rights of use; Customer content

(1) All rights in the Gnitz Booking Suite remain with the Provider. The Customer receives a non-exclusive right, limited to the term of the Contract, to use the services for its properties.

(2) The property pages, booking page designs, texts in Chinese, English and Hmu, rate rules and other content created for the Customer during onboarding or later ("Customer Content") belong to the Customer. The Customer may use, modify, export and license Customer Content to third parties freely, also after the end of the Contract.

## § 9 Liability

(1) The Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.

(2) In all other cases the total liability of the Provider for all claims arising out of or in connection with the Contract is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

(3) Liability for indirect damage and lost profit is excluded, except in the cases of paragraph (1).

## § 10 Confidentiality

(1) Each party keeps confidential all information of the other party that is marked as confidential or is confidential by its nature, in particular occupancy figures, rates, guest lists and business plans, and uses it only for the purposes of the Contract.

(2) This obligation continues for three years after the end of the Contract.

## § 11 Subcontractors

(1) The Provider may engage subcontractors and sub-processors, in particular for hosting, SMS and payment interfaces and on-site support in Guizhou. The subcontractors engaged at the Order date are listed in Annex 2.

(2) The Provider informs the Customer in text form of any new subcontractor one month before engaging it. The Customer's consent is not required. The Provider remains responsible for its subcontractors as for its own staff.

## § 12 Force majeure

Neither party is liable for failure to perform caused by events beyond its control, such as landslides, for as long as the event lasts.

## § 13 Governing law; place of jurisdiction

(1) The Contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising out of or in connection with the Contract is Stralsund, Germany.

## § 14 Final provisions

(1) Amendments and additions to the Contract require text form; this also applies to any waiver of this requirement.

(2) Should any provision of the Contract be or become invalid, the validity of the remaining provisions is not affected (severability).

(3) The English version of the Contract is binding. A Chinese translation is provided for information.

Annex 1: Service description and per-property rates. Annex 2: Hosting partner and subcontractors. Annex 3: Go-Live acceptance test plan.
"""

# ---------------------------------------------------------------------------------------------------------------
# h210e03 — Rizhao sea-bass farm: wave-height and salinity sensors + maintenance; integrator on the Île Maudez
# (French), on the buyer's paper (Article N — title, N.1) — .docx with Word price and fault tables
# ---------------------------------------------------------------------------------------------------------------
H210E03 = """T:Contract for the Supply, Installation and Maintenance of Sea-State and Water-Quality Monitoring Equipment
P:Contract No. LH-AQ-2026-009
P:Buyer: Rizhao Lanhai Sea Bass Aquaculture Co., Ltd. (日照蓝海鲈鱼养殖有限公司), No. 66 Haibin Fifth Road, Lanshan District, Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Integrator: Maudez Océan Instrumentation SAS, a société par actions simplifiée with a share capital of EUR 400,000, registered with the Trade and Companies Register of Saint-Brieuc under number 852 417 093, having its registered office at Le Phare, Île Maudez, 22870 Côtes-d'Armor, France (the "Integrator").
P:The Buyer farms Japanese sea bass in 28 deep-water net pens in three groups off the coast of Lanshan. The Integrator designs and installs oceanographic monitoring systems. Following the Buyer's invitation to tender of 12 January 2026 and the Integrator's tender, the parties agree as follows. At the Buyer's request all prices are stated and paid in Renminbi (CNY).
H:Article 1 — Purpose
P:1.1 The Integrator shall supply, moor, install, commission and calibrate a monitoring system consisting of directional wave buoys, multiparameter water-quality sondes, telemetry data loggers and monitoring software with an alarm module (the "System"), shall train the Buyer's staff, and shall maintain the System during and after the warranty period as set out in Articles 7 and 8.
P:1.2 The System shall measure significant wave height, wave period and direction at the three pen groups and the approach channel, and salinity, temperature and dissolved oxygen at three depths at each pen group, and shall alert the Buyer's duty staff by SMS and on the control-room screen when thresholds set by the Buyer are exceeded.
H:Article 2 — Contract Documents
P:2.1 The Contract consists of, in order of precedence: this Contract; Annex 1 (Technical Specification); Annex 2 (Equipment List and Site Plan); Annex 3 (Acceptance Test Plan); and the Integrator's tender. The Integrator's general terms of sale do not apply.
H:Article 3 — Contract Price
P:3.1 The Contract Price is CNY 1,730,000, fixed and inclusive of value-added tax, customs duties, transport to Rizhao, insurance, mooring materials, installation, commissioning, initial calibration, training and all travel costs of the Integrator. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Directional wave buoy with moorings|6|128,000|768,000
TB:2|Multiparameter sonde (salinity, temperature, dissolved oxygen)|18|26,500|477,000
TB:3|Telemetry data logger (LTE and LoRa)|8|14,200|113,600
TB:4|Monitoring software, perpetual licence, with alarm module|1|146,000|146,000
TB:|Hardware and Licence Subtotal|||1,504,600
TB:5|Mooring, installation and commissioning|1|186,400|186,400
TB:6|Initial calibration and training|1|39,000|39,000
TB:|Contract Price|||1,730,000
H:Article 4 — Payment
P:4.1 The Buyer shall pay: (a) 20% of the Contract Price (CNY 346,000) within 15 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer; (b) 45% (CNY 778,500) within 15 working days after the Installation Certificate is signed; and (c) 35% (CNY 605,500) within 15 working days after the Final Acceptance Certificate is signed.
P:4.2 The Installation Certificate records that the equipment has been delivered and installed; it is not acceptance of the System.
P:4.3 Each payment is made against a correct invoice.
H:Article 5 — Delivery, Installation and Delay
P:5.1 The Integrator shall deliver the equipment to the Buyer's base at Lanshan Port within 70 days after signature, and shall complete installation within 110 days after signature, subject to sea conditions. Days on which the Buyer's harbour master closes the sea area for weather are added to the installation period.
P:5.2 If the Integrator fails to meet either date for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate the Contract under Article 15.
H:Article 6 — Acceptance
P:6.1 After installation the System runs for a trial period of 30 consecutive days, which must include at least one day with a significant wave height of 1.5 m or more at the outer pen group.
P:6.2 The System passes when, during the trial period: (a) significant wave height measured by each buoy differs by no more than 0.1 m, or 5% of the reading if greater, from the reference buoy of the Rizhao Marine Environment Monitoring Centre; (b) salinity readings differ by no more than 0.1 PSU, and dissolved oxygen readings by no more than 0.2 mg/L, from laboratory analysis of water samples taken weekly by the Buyer; (c) no data gap of any sensor exceeds 30 minutes, except when caused by the Buyer; (d) every alarm threshold has been tested and the alarm has reached the duty staff within two minutes; and (e) the as-built documentation, calibration certificates and training records have been handed over.
P:6.3 When the System passes, the Buyer shall sign the Final Acceptance Certificate within seven working days. If it fails, the Integrator shall remedy the defects and the trial period shall be repeated for the affected parts. Delivery, installation, use of the data by the Buyer and any payment do not constitute acceptance.
H:Article 7 — Warranty
P:7.1 The Integrator warrants the System against defects in design, materials and workmanship for 24 months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Integrator shall, free of charge: repair or replace defective parts; recalibrate all sondes every six months; replace sensor membranes and antifouling parts; recover and re-moor buoys displaced by storms, except where the storm exceeds the design sea state in Annex 1; and supply software updates.
H:Article 8 — Maintenance after the Warranty Period
P:8.1 After the Warranty Period the Integrator shall, if the Buyer so orders, provide annual maintenance covering the services in Article 7.2 and the service levels in Article 9.
P:8.2 The annual maintenance fee is 9% of the Hardware and Licence Subtotal, that is CNY 135,414 per year, fixed for the first three years after the Warranty Period. Maintenance is ordered by written purchase order for one year at a time and does not renew automatically.
H:Article 9 — Service Levels
P:9.1 The Integrator shall operate a support line answered in Chinese from 07:00 to 22:00 every day, and an emergency number for Critical faults at any time. Faults are classified and handled as follows:
TB:Level|Definition|Response|On site|Restoration
TB:Critical|loss of data from all buoys, or from all sondes of a pen group, or failure of the alarm function|1 hour (remote)|24 hours, weather permitting|48 hours
TB:Major|loss of data from one buoy or one sonde, or readings outside tolerance|3 hours|3 working days|5 working days
TB:Minor|other faults and questions|next working day|as needed|10 working days
P:9.2 For each hour by which the Integrator exceeds a Critical response time it shall pay CNY 1,000, and for each day by which it exceeds a Critical or Major restoration time, CNY 2,000. The Buyer may deduct these amounts from any sum due to the Integrator.
H:Article 10 — Intellectual Property
P:10.1 The monitoring software remains the property of the Integrator or its licensors; the Buyer receives a perpetual, non-exclusive licence to use it.
P:10.2 The System configuration, alarm rules, data interfaces to the Buyer's feeding and farm management systems, scripts and the as-built documentation prepared for the Buyer belong to the Buyer, which may use, modify and disclose them to other contractors without restriction. The Integrator shall deliver the source code of the data interfaces.
H:Article 11 — Data and Security
P:11.1 All measurement data, alarm records and logs produced by the System belong to the Buyer. The Integrator may access them only to perform this Contract and shall not copy, keep, publish or use them for any other purpose.
P:11.2 The data loggers transmit only to the Buyer's server in Rizhao over an encrypted connection. Remote access by the Integrator requires the Buyer's written approval for each intervention and is made through the Buyer's VPN; sessions are logged. No data shall be transferred out of the People's Republic of China.
P:11.3 The Integrator shall inform the Buyer within 24 hours of any security incident affecting the System or the data, shall take immediate remedial measures, and shall compensate the Buyer for all losses caused by an incident attributable to the Integrator.
H:Article 12 — Confidentiality
P:12.1 The Integrator shall keep confidential all information received from the Buyer, in particular the layout of the pens, stocking densities, production figures and feeding plans, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination of the Contract.
H:Article 13 — Liability
P:13.1 The Integrator is liable for all damage it causes to the Buyer by breach of this Contract, including loss of fish caused by a failure of the alarm function attributable to the Integrator. Neither party is liable for loss of profit.
H:Article 14 — Subcontracting
P:14.1 Mooring and diving work will be carried out by Rizhao Haixing Marine Engineering Co., Ltd., named in the Integrator's tender and approved by the Buyer by signing this Contract. Any other subcontracting requires the Buyer's prior written consent. The Integrator remains fully responsible for its subcontractors.
H:Article 15 — Termination
P:15.1 The Buyer may terminate the Contract by registered letter if the Integrator commits a material breach and fails to remedy it within 20 days after written notice, or in the case described in Article 5.2. In that event the Integrator shall refund the amounts paid for the parts not accepted and compensate the Buyer's losses.
H:Article 16 — Force Majeure
P:16.1 Typhoons, storm surges and other events beyond the parties' control that could not be foreseen or avoided suspend the obligations affected for as long as they last. The affected party shall notify the other within three days.
H:Article 17 — Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be submitted to the Rizhao Arbitration Commission for arbitration in Rizhao under its rules. The award is final and binding on both parties.
H:Article 18 — Miscellaneous
P:18.1 The Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties.
P:For the Buyer: ____________________   For the Integrator: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h210e04 — Nanchang VR start-up: managed IT + desktop support; provider on Eilean Iosal, Scottish style
# ("N. HEADING", N.1) — .txt
# ---------------------------------------------------------------------------------------------------------------
H210E04 = """MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

between

EILEAN IOSAL MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC742615) and having its registered office at The Old Schoolhouse, Eilean Iosal, Kyle of Tongue, Sutherland IV27 4XH, Scotland (the "Provider")

and

NANCHANG LUMEN REALITY TECHNOLOGY CO., LTD. (南昌流明现实科技有限公司), a limited liability company established in the People's Republic of China and having its registered address at Room 1806, Building B, Honggutan Innovation Park, Honggutan District, Nanchang, Jiangxi Province (the "Customer")

WHEREAS the Customer develops virtual-reality training content and wishes to outsource the support of its desktops, headsets, servers and network; and the Customer has asked that all charges be stated and paid in Renminbi (CNY);

NOW THEREFORE the parties have agreed and do hereby agree as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Services" means the services described in Clause 3 and the Schedule; "Transition" means the take-on of the Customer's environment described in Clause 4; "Service Commencement Date" means the date of Transition Acceptance; "Initial Term" means the period of twenty-four months from the Service Commencement Date; "Charges" means the charges in Clause 6; "Customer Data" has the meaning in Clause 7; "Business Day" means a working day in Nanchang; "Priority 1 Incident" has the meaning in Clause 5.

2. COMMENCEMENT AND DURATION

2.1 This Agreement comes into force on the date of the last signature below. Transition starts on that date.

2.2 The Services commence on the Service Commencement Date and continue for the Initial Term. This Agreement shall not renew automatically; any extension shall be agreed in writing by both parties, including the Charges for the extension.

3. THE SERVICES

3.1 The Provider shall provide: (a) a service desk answering in Mandarin and English by telephone, email and WeChat from 08:30 to 21:00 on Business Days, with an out-of-hours number for Priority 1 Incidents; (b) desktop support for up to 85 named users, covering Windows workstations with high-end graphics cards, laptops, virtual-reality headsets and their tracking base stations, and peripherals; (c) one on-site engineer at the Customer's studio from 09:00 to 18:00 on Business Days; (d) management of the Customer's file servers, its render farm of 24 GPU nodes, firewall, switches and Wi-Fi; (e) patching, anti-malware and back-up management; and (f) asset management and a monthly service report.

3.2 The Provider shall perform the on-site Services through Iosal IT Services (Nanchang) Co., Ltd., its wholly owned subsidiary, which the Customer approves by signing this Agreement. The Provider remains responsible for that subsidiary as for its own acts.

4. TRANSITION AND TRANSITION ACCEPTANCE

4.1 The Provider shall complete Transition within 45 days after this Agreement comes into force. Transition comprises: discovery and documentation of all assets; the creation of runbooks for all servers and the render farm; the set-up of the Provider's monitoring and ticketing tools; the enrolment of all users; and a tested restore of back-ups.

4.2 Transition Acceptance occurs when the Customer confirms in writing that: (a) the asset inventory has been reconciled with the Customer's records without unexplained differences; (b) runbooks for every server, the render farm and the network have been delivered; (c) all 85 users can log a ticket and have been contacted by the service desk; (d) a full restore of a sample project of not less than 500 GB has been completed and checked by the Customer; and (e) monitoring alerts for all servers and render nodes reach the service desk. The Customer shall confirm or give reasons for refusal within five Business Days. Starting to use the Services does not amount to Transition Acceptance.

4.3 If Transition Acceptance is delayed beyond the 45 days for reasons attributable to the Provider, the Provider shall pay to the Customer the sum of CNY 1,000 for each day of delay, up to a maximum of CNY 60,000. If the delay exceeds 60 days the parties shall meet to agree a revised plan.

5. SERVICE LEVELS

5.1 Incidents are classified as follows. A "Priority 1 Incident" is a failure of the render farm, the file servers or the internet connection, an incident preventing more than ten users from working, or a suspected security breach. A "Priority 2 Incident" is an incident preventing one user or a small team from working. A "Priority 3 Incident" is any other incident or request.

5.2 The Provider shall respond to a Priority 1 Incident within six hours of it being logged, and shall use reasonable endeavours to resolve it within one Business Day. It shall respond to a Priority 2 Incident within eight business hours and resolve it within two Business Days, and respond to a Priority 3 Incident within two Business Days.

5.3 If in any month the Provider fails to meet the response time for more than one Priority 1 Incident, or for more than one in ten Priority 2 Incidents, the Customer shall receive a service credit of 5% of the Monthly Charges for that month; if it fails for more than three Priority 1 Incidents, 10%. Service credits are deducted from the next invoice.

5.4 Service credits are the Customer's sole and exclusive financial remedy for failure to meet the service levels.

6. CHARGES AND PAYMENT

6.1 The Charges are:
   Service desk and desktop support, 85 users x CNY 420 per user per month   CNY 35,700 per month
   Server, render-farm and network management                               CNY 18,600 per month
   Monthly Charges                                                          CNY 54,300 per month
   Transition Charge (one-off)                                              CNY 48,000
   Total Charges for the Initial Term (24 x 54,300 + 48,000)                CNY 1,351,200

6.2 Users added during the Initial Term are charged at CNY 420 per user per month; such additional charges are not part of the total above.

6.3 The Monthly Charges are invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. Invoices are payable within 30 days. No payment is due in advance.

6.4 The Charges are inclusive of value-added tax and of all travel and expenses of the Provider.

7. CUSTOMER DATA

7.1 All data, content and software of the Customer, including its virtual-reality projects, 3D assets, source code, user accounts and logs ("Customer Data"), belong to the Customer.

7.2 The Provider shall process Customer Data only to provide the Services and on the Customer's instructions, and shall not copy, retain or use Customer Data for any other purpose.

8. DATA SECURITY

8.1 The Provider shall maintain an information security management system certified to ISO/IEC 27001 and shall: use named administrator accounts with multi-factor authentication; log all privileged access and make the logs available to the Customer; keep Customer Data within the Customer's premises and approved cloud tenancy in mainland China; and never copy Customer Data to removable media or to its own systems.

8.2 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

8.3 The Provider shall notify the Customer within 24 hours of becoming aware of any actual or suspected security breach affecting Customer Data, shall contain and investigate it, and shall be liable for all losses suffered by the Customer as a result of any breach attributable to the Provider or its subsidiary.

9. INTELLECTUAL PROPERTY

9.1 The Provider's monitoring and ticketing tools remain the Provider's property and are used under this Agreement for the Customer's benefit.

9.2 The runbooks, scripts, configuration records, asset inventory and other documentation produced for the Customer belong to the Customer, which may use, modify and pass them to any successor provider without restriction.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other's confidential information, including the Customer's unreleased products, customer contracts and network details, and shall not disclose it to any third party without prior written consent. This obligation survives termination for five years.

11. LIABILITY

11.1 The total liability of the Provider under or in connection with this Agreement shall not exceed 200% of the Total Charges for the Initial Term. This limit does not apply to breach of Clauses 8 and 10, to fraud, or to death or personal injury caused by negligence.

11.2 Neither party shall be liable for indirect or consequential loss.

12. SUBCONTRACTING

12.1 Save for the subsidiary approved in Clause 3.2, the Provider shall not subcontract any part of the Services without the Customer's prior written consent.

13. TERMINATION

13.1 The Provider may terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within 30 days after a written reminder.

13.2 Either party may terminate this Agreement by written notice if the other becomes insolvent, enters into liquidation or has a receiver appointed over its assets.

13.3 Except as provided in Clause 13.2, the Customer shall not be entitled to rescind or terminate this Agreement before the end of the Initial Term for any breach by the Provider, however material. The Customer's remedies for breach are limited to service credits under Clause 5, damages under Clause 11 and specific implement.

13.4 On expiry or termination the Provider shall return all Customer Data and hand over all credentials and documentation.

14. GOVERNING LAW AND DISPUTES

14.1 Although the Provider contracts on the law of Scotland as standard, at the Customer's request this Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Nanchang Arbitration Commission for arbitration in Nanchang under its rules. The award shall be final.

15. GENERAL

15.1 This Agreement, with the Schedule, constitutes the whole agreement between the parties. No variation is effective unless in writing and signed by both parties.

15.2 Neither party shall be liable for failure caused by circumstances beyond its reasonable control.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages, together with the Schedule annexed, are executed as follows:

Signed for and on behalf of EILEAN IOSAL MANAGED SERVICES LIMITED by ____________________, Director, at ____________ on ____________ 2026

Signed for and on behalf of NANCHANG LUMEN REALITY TECHNOLOGY CO., LTD. by ____________________, Legal Representative, at Nanchang on ____________ 2026

THE SCHEDULE
Part 1 — Supported environment: 85 users; 92 workstations and laptops; 40 virtual-reality headsets; 3 file servers; 24 GPU render nodes; 1 firewall; 14 switches; 26 Wi-Fi access points.
Part 2 — Exit assistance and additional work: CNY 680 per engineer hour.
"""

# ---------------------------------------------------------------------------------------------------------------
# h210e05 — Yunnan rose-tea exporter: food-safety certificate API subscription + integration; vendor on the Isola
# Palmarola, Italian style ("Art. N (title)") — .txt
# ---------------------------------------------------------------------------------------------------------------
H210E05 = """API SUBSCRIPTION AND INTEGRATION AGREEMENT
CertiFood API — food-safety certificates for export shipments

BETWEEN

Palmarola Certificazioni Digitali S.r.l., with registered office at Via Cala del Porto 2, Isola Palmarola, 04027 Ponza (LT), Italy, VAT number IT 03187450592, entered in the Register of Companies of Latina, REA no. LT-226481, represented by its sole director Mr Ettore Vitiello (the "Supplier")

AND

Yunnan Mohong Rose Tea Export Co., Ltd. (云南墨红玫瑰花茶进出口有限公司), with registered office at No. 27 Taiping Road, Anning, Kunming, Yunnan Province, People's Republic of China, represented by its legal representative Ms Li Wanrong (the "Customer")

(each a "Party" and together the "Parties")

WHEREAS

a) the Supplier operates CertiFood API, an application programming interface through which food exporters prepare and pre-validate export documentation, check laboratory results against the maximum residue levels of the destination market, and obtain and verify digitally signed certificates of analysis and conformity issued by accredited laboratories;

b) the Customer grows and processes Mohong roses and exports dried rose buds and rose tea to the European Union, Japan and the Middle East, and wishes to connect its ERP system and the laboratory information system of its contract laboratory to CertiFood API;

c) the Customer has asked that all fees be stated and paid in Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral and essential part of this Agreement: Annex A (Service Description and Service Levels), Annex B (Integration Specification), Annex C (Data Processing and Hosting).
1.2 In case of conflict, the articles of this Agreement prevail over the annexes.

Art. 2 (Subject matter)
2.1 The Supplier grants the Customer access to CertiFood API under the Professional plan described in Annex A, including up to 20,000 API calls per month, the certificate templates for the markets listed in Annex A, and access to the web console for ten users.
2.2 The Supplier shall perform the integration services described in Annex B: the development of connectors between CertiFood API and the Customer's ERP system and its contract laboratory's information system, the mapping of the Customer's product and batch data, the preparation of certificate templates for the Customer's products, testing and training (the "Integration Services", and their results the "Integration Deliverables").

Art. 3 (Term)
3.1 The subscription lasts twenty-four months from the Activation Date, being the date on which the Supplier activates the Customer's production API keys.
3.2 Tacit renewal is excluded. Any renewal requires a written agreement of the Parties, including the fees for the renewal period.

Art. 4 (Fees)
4.1 The fees are as follows:
   Professional plan subscription: CNY 19,800 per month x 24 months     CNY 475,200
   Integration Services (fixed price)                                  CNY 168,000
   Total Contract Value                                                CNY 643,200
4.2 API calls above 20,000 in a month are charged at CNY 0.60 per call; such charges depend on use and are not part of the Total Contract Value.
4.3 The fees include value-added tax and all expenses of the Supplier.

Art. 5 (Invoicing and payment)
5.1 On signature of this Agreement the Supplier invoices the Integration Services and the subscription fees for the first year (CNY 168,000 + CNY 237,600 = CNY 405,600). The invoice is payable within fifteen days of receipt and in any event before the Activation Date; the Supplier is not obliged to begin the Integration Services before payment.
5.2 The subscription fees for the second year (CNY 237,600) are invoiced on the first anniversary of the Activation Date and are payable in advance within fifteen days.
5.3 Late payments bear interest at the rate set by the People's Bank of China for one-year loans plus two percentage points.

Art. 6 (Integration and delay)
6.1 The Supplier shall complete the Integration Services and make the connectors ready for acceptance within seventy days after receipt of the payment under Art. 5.1.
6.2 For each full week of delay attributable to the Supplier, the Supplier shall pay a penalty of 0.1% of the Total Contract Value, up to a maximum of 5% of the Total Contract Value. The Customer's right to compensation for further damage is preserved.

Art. 7 (Acceptance of the integration)
7.1 The Integration Deliverables are accepted when, in joint tests documented in a test report signed by both Parties: (a) fifty test shipments covering all the Customer's product lines and destination markets are processed end to end, from ERP order to signed certificate, without manual re-entry; (b) the residue checks return the correct result for the reference cases in Annex B; (c) all data fields are mapped correctly in both directions; (d) rejected certificates and laboratory errors are reported back to the ERP system with an intelligible message; and (e) the connectors run in production for ten consecutive working days without a Priority 1 incident.
7.2 The Customer shall sign the test report or state its objections within five working days after the tests. Use of the connectors in production before signature of the test report does not constitute acceptance.

Art. 8 (Service levels)
8.1 CertiFood API is available 99.95% of each calendar month, excluding maintenance announced five days in advance and carried out between 01:00 and 05:00 Central European Time.
8.2 The Supplier responds to a Priority 1 incident (API unavailable, or certificates not being issued) within one hour, around the clock, and restores the service within three hours; it responds to a Priority 2 incident within six hours on working days and to a Priority 3 incident within two working days.
8.3 If monthly availability falls below 99.95%, the Customer receives a credit of 10% of the monthly fee, and below 99.5% a credit of 25% of the monthly fee. Each hour by which a Priority 1 restoration time is exceeded gives rise to a further credit of CNY 500. Credits are set off against the next invoice or, at the end of the term, paid to the Customer.

Art. 9 (Intellectual property)
9.1 CertiFood API, the web console and all related software, documentation and know-how are and remain the exclusive property of the Supplier.
9.2 The Integration Deliverables, including the connectors, data mappings and certificate templates developed for the Customer, are developed on the basis of the Supplier's know-how and remain the exclusive property of the Supplier. The Customer receives a non-exclusive and non-transferable licence to use them for the duration of the subscription only. The Customer may not modify them, have them modified by third parties or use them after the end of the subscription. The source code is not delivered.

Art. 10 (Customer data)
10.1 The data that the Customer and its laboratory transmit through CertiFood API, including product, batch, laboratory and consignee data and the certificates issued ("Customer Data"), belong to the Customer.
10.2 The Supplier processes Customer Data only to provide the services under this Agreement and on the Customer's instructions. It does not use Customer Data, in identifiable, aggregated or anonymised form, for any other purpose.
10.3 At the end of the subscription the Supplier returns all Customer Data in a machine-readable format and then deletes it within thirty days, confirming the deletion in writing.

Art. 11 (Data security)
11.1 Customer Data is stored and processed in a data centre in mainland China operated for the Supplier by the hosting provider named in Annex C. Data is transmitted to the authorities or laboratories of a destination country only shipment by shipment and on the Customer's instructions.
11.2 The Supplier maintains an information security management system certified to ISO/IEC 27001 and applies encryption in transit and at rest, multi-factor authentication for all administrative access, logging and daily back-ups. It complies with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
11.3 The Supplier notifies the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, takes all measures necessary to limit its effects and is liable for the damage caused to the Customer by incidents attributable to the Supplier.

Art. 12 (Confidentiality)
12.1 Each Party keeps confidential the information of the other Party that it receives in connection with this Agreement, in particular the Customer's prices, buyers, laboratory results and shipment volumes, and uses it only to perform this Agreement. This obligation lasts for five years after the end of the Agreement.

Art. 13 (Liability)
13.1 The total liability of the Supplier arising out of or in connection with this Agreement is limited to 150% of the Total Contract Value, except in case of wilful misconduct or gross negligence and for breach of Art. 11 and Art. 12.
13.2 The Supplier is not liable for the decisions of the authorities of the destination countries, provided that the certificates were prepared in accordance with this Agreement.

Art. 14 (Subcontracting)
14.1 The hosting provider named in Annex C is approved by the Customer by signing this Agreement. The Supplier shall not otherwise subcontract any part of the services without the Customer's prior written consent.

Art. 15 (Termination)
15.1 Either Party may terminate this Agreement by written notice sent by registered mail or certified email if the other Party commits a material breach and does not remedy it within twenty days after receiving a written notice to perform.
15.2 The Customer may also terminate this Agreement if the monthly availability falls below 99.5% in two consecutive months.
15.3 On termination for breach by the Supplier, the Supplier refunds the fees paid for the period after termination.

Art. 16 (Governing law and disputes)
16.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising out of or in connection with this Agreement is referred to the Kunming Arbitration Commission for arbitration in Kunming in accordance with its rules. The award is final and binding.

Art. 17 (Final provisions)
17.1 This Agreement is drawn up in English in two originals, one for each Party. Amendments are valid only if made in writing and signed by both Parties.
Ponza / Anning, ____ 2026

The Supplier ____________________          The Customer ____________________

The Customer declares that it has read this Agreement and specifically approves the following articles: Art. 5 (Invoicing and payment), Art. 6 (Integration and delay), Art. 9 (Intellectual property), Art. 13 (Liability) and Art. 16 (Governing law and disputes).

The Customer ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TEXT_FILES = {  # written as they stand
    "h210z01": ("h210z01_city_urban_management_enforcement_platform.txt", H210Z01),
    "h210z03": ("h210z03_tea_house_chain_ordering_membership_saas.md", H210Z03),
    "h210z05": ("h210z05_zongzi_maker_mes_supplier_template.md", H210Z05),
    "h210e02": ("h210e02_miao_homestay_booking_saas_german_vendor.md", H210E02),
    "h210e04": ("h210e04_vr_startup_managed_it_scottish_provider.txt", H210E04),
    "h210e05": ("h210e05_rose_tea_certificate_api_italian_vendor.txt", H210E05),
}
SOURCES = {"h210z02": H210Z02, "h210z04": H210Z04, "h210e01": H210E01, "h210e03": H210E03}
TARGETS = {"h210z02": ("h210z02_carbon_fibre_precursor_online_inspection.docx", "docx"),
           "h210z04": ("h210z04_county_tourism_supervision_platform_om.pdf", "pdf"),
           "h210e01": ("h210e01_writing_brush_grading_licence_irish_vendor.pdf", "pdf"),
           "h210e03": ("h210e03_sea_bass_farm_wave_salinity_sensors.docx", "docx")}

if __name__ == "__main__":
    for key, (name, text) in TEXT_FILES.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
